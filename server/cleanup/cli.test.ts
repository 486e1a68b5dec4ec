import { describe, expect, it } from "vitest";
import { seedLab } from "../../lib/templates/seed-lab";
import { vpcd } from "../testing/cli-harness";
import { deployTo, tempJournal } from "../testing/engine-support";
import { useSandbox } from "../testing/sandbox-harness";

describe("vpcd status, destroy and sweep", () => {
  const sb = useSandbox({ timeScale: 0.02 });

  it("shows a deployment, destroys it with exit 0, and then the sweep finds nothing", async () => {
    const { journal, dir } = tempJournal();
    process.env.VPCD_DATA_DIR = dir;
    process.env.VPCD_SANDBOX_TIME_SCALE = "0.02";
    const { id } = await deployTo(sb.endpoint, seedLab(), journal);

    const status = await vpcd(["status", id, "--json"]);
    expect(status.code).toBe(0);
    const parsed = JSON.parse(status.stdout);
    expect(parsed.calls).toBeLessThanOrEqual(10);
    const alb = parsed.rows.find((r: { logicalId: string }) => r.logicalId === "lab-alb");
    expect(alb.detail).toMatch(/^DNS (\S+elb\.amazonaws\.com|127\.0\.0\.1:\d+)$/);
    expect(alb.fields.find((f: { label: { key: string } }) => f.label.key === "labelDnsName").value).toMatch(/elb\.amazonaws\.com$|^127\.0\.0\.1:\d+$/);

    const destroy = await vpcd(["destroy", id]);
    expect(destroy.stdout).toContain("✓ Nothing billable left");
    expect(destroy.code).toBe(0);

    const after = await vpcd(["status", id]);
    expect(after.code).toBe(0);
    expect(after.stdout).toContain("cleaned up");
    expect(after.stdout).toContain("✓ Nothing billable left");

    // Regression (issue 10): the list called a destroyed deployment "complete".
    const listed = await vpcd(["deployments"]);
    expect(listed.stdout).toMatch(new RegExp(`${id}\\s+cleaned up`));
    expect(listed.stdout).not.toMatch(/complete/);
    const listedJson = JSON.parse((await vpcd(["deployments", "--json"])).stdout);
    expect(listedJson.deployments.find((d: { deploymentId: string }) => d.deploymentId === id)).toMatchObject({ status: "cleaned-up", deployStatus: "complete" });

    const sweep = await vpcd(["sweep", "--region", "ap-northeast-2", "--endpoint", sb.endpoint, "--json"]);
    expect(JSON.parse(sweep.stdout).groups).toEqual([]);
    expect(sweep.code).toBe(0);
  });

  it("names another installation's deployment and deletes it only when asked to", async () => {
    const { journal, dir } = tempJournal();
    process.env.VPCD_DATA_DIR = dir;
    process.env.VPCD_SANDBOX_TIME_SCALE = "0.02";
    const { id } = await deployTo(sb.endpoint, seedLab(), journal);
    journal.close();

    // Another machine (its own data folder, so its own installation id) sweeps the region.
    process.env.VPCD_DATA_DIR = tempJournal().dir;
    const sweep = ["sweep", "--region", "ap-northeast-2", "--endpoint", sb.endpoint, "--yes"];
    const careful = await vpcd(sweep);
    expect(careful.stdout).toContain(`${id}`);
    expect(careful.stdout).toContain("made by another installation of the app");
    expect(careful.stdout).toContain("skipped: pass --include-other-installations");
    expect(careful.code).toBe(1);

    const asked = await vpcd([...sweep, "--include-other-installations", "--json"]);
    expect(JSON.parse(asked.stdout).swept.map((s: { deploymentId: string }) => s.deploymentId)).toEqual([id]);
    expect(asked.code).toBe(0);
  });

  it("answers bad input with exit 2 and one line naming the problem", async () => {
    const sweep = await vpcd(["sweep"]);
    expect(sweep.code).toBe(2);
    expect(sweep.stderr).toMatch(/--region is required/);
    const destroy = await vpcd(["destroy", "no-such-deployment"]);
    expect(destroy.code).toBe(2);
    expect(destroy.stderr).not.toMatch(/at .*\.ts:/);
  });
});
