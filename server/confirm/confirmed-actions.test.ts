import { describe, expect, it } from "vitest";
import { seedLab } from "../../lib/templates/seed-lab";
import { sdkPort } from "../aws/sdk-port";
import { getCleanupView, isCleaning } from "../cleanup/service";
import { findOrphans } from "../cleanup/sweep";
import { getDeploymentView, settled } from "../engine/deployments";
import { runsOf } from "../engine/run-registry";
import { countByTag, deployTo, tempJournal } from "../testing/engine-support";
import { useSandbox as sandboxPerFile } from "../testing/sandbox-harness";
import type { SweepRun } from "../cleanup/sweep-service";
import { confirmCleanup, runConfirmedCleanup, startConfirmedCleanup } from "./cleanup";
import { createConfirmedDeployment, preflightAndConfirm, startConfirmedDeployment } from "./deploy";
import { designSubject, requireConfirmation } from "./service";
import { confirmSweep, startConfirmedSweep } from "./sweep";
import { CONFIRM_TTL_MS, makeConfirmationStore } from "./token-store";

const sb = sandboxPerFile({ timeScale: 0.02 });
const target = () => ({ kind: "sandbox" as const, region: "ap-northeast-2", endpoint: sb.endpoint });
/** The sandbox marked as needing confirmation: the same check a real account gets, over HTTP. */
const required = () => ({ policy: { confirm: "required" as const }, store: makeConfirmationStore() });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => boolean, timeoutMs = 60_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error("timed out");
    await sleep(100);
  }
}

describe("a deploy on a target that needs confirmation", () => {
  it("is refused without a token, and nothing is recorded", async () => {
    const { journal } = tempJournal();
    await expect(createConfirmedDeployment(journal, seedLab(), target(), undefined, required())).rejects.toMatchObject({ code: "ConfirmationRefused", refusal: { key: "missing" } });
    expect(journal.listDeployments()).toEqual([]);
  });

  it("is refused when the design changed after the preflight confirmed it", async () => {
    const { journal } = tempJournal();
    const options = required();
    const preflight = await preflightAndConfirm(seedLab(), target(), options);
    expect(preflight.confirmation).toMatchObject({ isRequired: true, binding: { action: "deploy", accountId: "123456789012", region: "ap-northeast-2", subject: designSubject(seedLab()) } });
    const changed = { ...seedLab(), name: "another lab" };
    const token = preflight.confirmation?.isRequired ? preflight.confirmation.token : undefined;
    await expect(createConfirmedDeployment(journal, changed, target(), token, options)).rejects.toThrow(/design changed since you confirmed/);
    expect(journal.listDeployments()).toEqual([]);
  });

  it("is refused when the credentials now belong to another account than the one confirmed", async () => {
    const options = required();
    const { token } = options.store.issue({ action: "deploy", accountId: "999988887777", region: "ap-northeast-2", subject: designSubject(seedLab()), usdPerHour: 0 });
    const port = sdkPort({ region: "ap-northeast-2", endpoint: sb.endpoint });
    await expect(requireConfirmation(port, token, { action: "deploy", region: "ap-northeast-2", subject: designSubject(seedLab()), usdPerHour: 0 }, { ...options, target: target() }))
      .rejects.toThrow(/now belong to AWS account 123456789012; you confirmed account 999988887777/);
    port.close();
  });

  it("starts with the preflight's token, once", async () => {
    const { journal } = tempJournal();
    const options = required();
    const preflight = await preflightAndConfirm(seedLab(), target(), options);
    const token = preflight.confirmation?.isRequired ? preflight.confirmation.token : undefined;
    const { deploymentId } = await startConfirmedDeployment(seedLab(), target(), token, { ...options, journal });
    await settled(deploymentId);
    expect(getDeploymentView(deploymentId, journal)?.status).toBe("complete");
    await expect(createConfirmedDeployment(journal, seedLab(), target(), token, options)).rejects.toMatchObject({ refusal: { key: "used" } });
  });

  it("needs no token on the sandbox as it is (free), through the same check", async () => {
    const { journal } = tempJournal();
    const store = makeConfirmationStore();
    const preflight = await preflightAndConfirm(seedLab(), target(), { store });
    expect(preflight.confirmation).toEqual({ isRequired: false });
    const row = await createConfirmedDeployment(journal, seedLab(), target(), undefined, { store });
    expect(journal.getDeployment(row.id)).toBeDefined();
  });
});

describe("a cleanup on a target that needs confirmation", () => {
  it("is refused without a token or with another action's, and runs with its own", async () => {
    const { journal } = tempJournal();
    const { id } = await deployTo(sb.endpoint, seedLab(), journal);
    const row = journal.getDeployment(id)!;
    const options = required();
    await expect(startConfirmedCleanup(journal, row, { ...options })).rejects.toMatchObject({ refusal: { key: "missing" } });
    const deployToken = options.store.issue({ action: "deploy", accountId: "123456789012", region: "ap-northeast-2", subject: designSubject(seedLab()), usdPerHour: 0 }).token;
    await expect(startConfirmedCleanup(journal, row, { ...options, token: deployToken })).rejects.toThrow(/was for a deploy, not a cleanup/);
    expect(getCleanupView(journal, row).progress.done).toBe(0);

    const confirmation = await confirmCleanup(row, options);
    expect(confirmation).toMatchObject({ isRequired: true, binding: { action: "cleanup", subject: `deployments:${id}`, accountId: "123456789012" } });
    const token = confirmation.isRequired ? confirmation.token : undefined;
    expect(await startConfirmedCleanup(journal, row, { ...options, token })).toEqual({ isStarted: true });
    await until(() => !isCleaning(id));
    expect(getCleanupView(journal, row).report?.isNothingLeft).toBe(true);
  });

  it("refuses a cleanup confirmed for another deployment (vpcd destroy's path)", async () => {
    const { journal } = tempJournal();
    const first = await deployTo(sb.endpoint, seedLab(), journal);
    journal.createDeployment({ ...journal.getDeployment(first.id)!, id: "dep-other-1" });
    const options = required();
    const confirmation = await confirmCleanup(journal.getDeployment("dep-other-1")!, options);
    const token = confirmation.isRequired ? confirmation.token : undefined;
    await expect(runConfirmedCleanup(journal, journal.getDeployment(first.id)!, token, options)).rejects.toThrow(`You confirmed dep-other-1, but this cleanup is for ${first.id}`);
    const fresh = await confirmCleanup(journal.getDeployment(first.id)!, options);
    const result = await runConfirmedCleanup(journal, journal.getDeployment(first.id)!, fresh.isRequired ? fresh.token : undefined, options);
    expect(result.report.isNothingLeft).toBe(true);
  });
});

describe("a sweep on a target that needs confirmation", () => {
  it("deletes nothing without a valid token, refuses an expired one, and sweeps with a fresh one", async () => {
    const { journal: lost } = tempJournal();
    const { id } = await deployTo(sb.endpoint, seedLab(), lost);
    const { journal } = tempJournal();
    const before = await countByTag(sb.sandbox.motoEndpoint, "ap-northeast-2", id);
    let now = Date.now();
    const options = { policy: { confirm: "required" as const }, store: makeConfirmationStore({ now: () => now }) };

    await expect(startConfirmedSweep(journal, target(), id, undefined, options)).rejects.toMatchObject({ refusal: { key: "missing" } });
    const stale = await confirmSweep(journal, target(), id, options);
    expect(stale).toMatchObject({ isRequired: true, binding: { action: "sweep", subject: `deployments:${id}` } });
    now += CONFIRM_TTL_MS;
    await expect(startConfirmedSweep(journal, target(), id, stale.isRequired ? stale.token : undefined, options)).rejects.toMatchObject({ refusal: { key: "expired" } });
    expect(await countByTag(sb.sandbox.motoEndpoint, "ap-northeast-2", id)).toEqual(before);

    const fresh = await confirmSweep(journal, target(), id, options);
    expect(await startConfirmedSweep(journal, target(), id, fresh.isRequired ? fresh.token : undefined, options)).toEqual({ isStarted: true });
    await until(() => runsOf<SweepRun>("sweep").get(id)?.isRunning === false);
    const port = sdkPort({ region: "ap-northeast-2", endpoint: sb.endpoint });
    expect((await findOrphans(port, new Set())).map((g) => g.deploymentId)).not.toContain(id);
    port.close();
  });
});
