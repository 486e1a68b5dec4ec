import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { seedLab } from "../../lib/templates/seed-lab";
import { useSandbox as sandboxPerFile } from "../testing/sandbox-harness";
import { createDeployment, getDeploymentView, resumeDeployment, settled, startDeployment, stopDeployment } from "./deployments";
import { countByTag, expectedCounts, tempJournal } from "../testing/engine-support";

const sb = sandboxPerFile({ timeScale: 0.02 });
const target = () => ({ kind: "sandbox" as const, region: "ap-northeast-2", endpoint: sb.endpoint });

/** The pid of a process that has already exited: a runner that died. */
const deadPid = () => spawnSync(process.execPath, ["-e", "0"]).pid!;

describe("deployments started by the app", () => {
  it("returns an id at once, runs in the background and ends complete with every entity ready", async () => {
    const { journal } = tempJournal();
    const { deploymentId } = startDeployment(seedLab(), target(), journal);
    expect(getDeploymentView(deploymentId, journal)?.status).toBe("running");
    await settled(deploymentId);
    const view = getDeploymentView(deploymentId, journal)!;
    expect(view.status).toBe("complete");
    expect(Object.values(view.entities).every((e) => e.phase === "ready")).toBe(true);
    expect(view.entities["web-a"].facts?.[0]).toMatchObject({ key: "privateIp", params: { ip: expect.stringMatching(/^192\.168\.2\./) } });
  });

  it("refuses a design with error findings before recording anything", () => {
    const { journal } = tempJournal();
    const design = structuredClone(seedLab());
    design.subnets["public-a" as never].cidr = "10.9.0.0/24";
    expect(() => startDeployment(design, target(), journal)).toThrow(/error/);
    expect(journal.listDeployments()).toEqual([]);
  });

  it("shows a deployment whose process died mid-step as interrupted, and a resume completes it without duplicates", async () => {
    const { journal } = tempJournal();
    const row = createDeployment(journal, seedLab(), target());
    journal.setRunner(row.id, { pid: deadPid(), startedAt: Date.now() });
    journal.append({ deploymentId: row.id, stepId: "create:vpc:lab-vpc", type: "begin", at: Date.now() });
    expect(getDeploymentView(row.id, journal)?.status).toBe("interrupted");

    resumeDeployment(row.id, journal);
    await settled(row.id);
    expect(getDeploymentView(row.id, journal)?.status).toBe("complete");
    expect(await countByTag(sb.sandbox.motoEndpoint, "ap-northeast-2", row.id)).toEqual(expectedCounts(seedLab()));
  });

  it("stops between AWS calls when asked, and resumes to completion", async () => {
    const { journal } = tempJournal();
    const { deploymentId } = startDeployment(seedLab(), target(), journal);
    await new Promise((r) => setTimeout(r, 300));
    expect(stopDeployment(deploymentId)).toBe(true);
    await settled(deploymentId);
    expect(getDeploymentView(deploymentId, journal)?.status).toBe("stopped");
    resumeDeployment(deploymentId, journal);
    await settled(deploymentId);
    expect(getDeploymentView(deploymentId, journal)?.status).toBe("complete");
    expect(await countByTag(sb.sandbox.motoEndpoint, "ap-northeast-2", deploymentId)).toEqual(expectedCounts(seedLab()));
  });
});
