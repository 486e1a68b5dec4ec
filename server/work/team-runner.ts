import "server-only";
import type { SweepScan } from "../../lib/cleanup/sweep-groups";
import { StepError } from "../aws/errors";
import { sdkPort } from "../aws/sdk-port";
import { refuseAdopted } from "../cleanup/adopted";
import { findOrphans } from "../cleanup/sweep";
import { scanAcross, targetHolding } from "../cleanup/sweep-across";
import { confirmCleanup, requireCleanupConfirmation } from "../confirm/cleanup";
import { requireDeployConfirmation } from "../confirm/deploy";
import { confirmSweep, sweepFacts } from "../confirm/sweep";
import { requireConfirmation } from "../confirm/service";
import { awsTargetOf } from "../engine/target";
import { activityOf, isActive } from "../jobs/activity";
import { QUEUES, type SweepJob } from "../jobs/queue";
import { requestStop, type StoppableJob } from "../jobs/stop-request";
import { enqueueCleanup, enqueueDeployment, enqueueResume, type Team } from "../jobs/team";
import { adoptVpcFrom } from "../interop/adopt-vpc";
import { readConsoleOutput } from "../live/console-output";
import { readDeploymentStatus } from "../live/service";
import { bufferedJournal } from "./buffered-journal";
import { loadOne, snapshotJournal, teamOverview, teamStatus } from "./team-reads";
import type { WorkRunner } from "./types";

/** The deployments a worker holds a lease on now: the sweep leaves them alone. */
async function leased(team: Team): Promise<Set<string>> {
  const { rows } = await team.store.pool.query<{ deployment_id: string }>("SELECT deployment_id FROM deployment_leases");
  return new Set(rows.map((r) => r.deployment_id));
}

/** The ids every instance knows as recorded deployments (the sweep's "journaled" groups). */
async function journaled(team: Team): Promise<Set<string>> {
  return new Set((await team.store.journal.listDeployments()).map((d) => d.id));
}

/** The team store's deployments as a read-only journal (the sweep's "journaled" set). */
async function allRows(team: Team) {
  return snapshotJournal({ rows: await team.store.journal.listDeployments(), entries: new Map() });
}

/** Asks the worker running the deployment's `job` to stop; false (and nothing recorded) when none runs or waits. */
async function stopRun(team: Team, deploymentId: string, job: StoppableJob): Promise<boolean> {
  if (!isActive(await activityOf(team.store.pool, [deploymentId]), deploymentId, job)) return false;
  await requestStop(team.store.pool, deploymentId, job);
  return true;
}

/**
 * Team mode: every start is a job on the PostgreSQL queue (the deploy, the guided cleanup or
 * one of its steps, a sweep group; lab timers live in the team store and any worker fires
 * them), "Stop" is a durable request the running worker honours between AWS calls, and every
 * read comes from the team store — so whichever instance a student's browser reaches shows the
 * same progress, and whichever worker is free does the work.
 */
export function teamRunner(team: Team): WorkRunner {
  return {
    mode: "team",
    row: async (id) => (await loadOne(team, id)).row,
    async startDeployment(design, target, token, ownerId) {
      await requireDeployConfirmation(design, target, token);
      const row = await enqueueDeployment(team, design, target, { ...(ownerId ? { ownerId } : {}) });
      return { deploymentId: row.id };
    },
    async resumeDeployment(id) {
      await loadOne(team, id);
      if (isActive(await activityOf(team.store.pool, [id]), id, "deploy")) throw new StepError("AlreadyRunning", `Deployment ${id} is already being deployed by a worker of this class.`);
      await enqueueResume(team, id);
      return { deploymentId: id };
    },
    stopDeployment: (id) => stopRun(team, id, "deploy"),
    overview: (only) => teamOverview(team, only),
    status: (id) => teamStatus(team, id),
    async reading(id) {
      const loaded = await loadOne(team, id);
      return readDeploymentStatus(snapshotJournal(loaded), loaded.row);
    },
    async consoleOutput(id, logicalId) {
      const loaded = await loadOne(team, id);
      return readConsoleOutput(snapshotJournal(loaded), loaded.row, logicalId);
    },
    confirmCleanup: async (id) => confirmCleanup((await loadOne(team, id)).row),
    async startCleanup(id, stepId, token) {
      const { row } = await loadOne(team, id);
      refuseAdopted(row);
      const activity = await activityOf(team.store.pool, [id]);
      if (isActive(activity, id, "cleanup")) return { isStarted: false };
      if (isActive(activity, id, "deploy")) throw new StepError("DeploymentRunning", `Deployment ${id} is still being deployed; stop it first, then clean up.`);
      await requireCleanupConfirmation(row, token);
      await enqueueCleanup(team, id, stepId);
      return { isStarted: true };
    },
    stopCleanup: async (id) => ({ isStopped: await stopRun(team, id, "cleanup") }),
    async setTimer(id, hours) {
      const { row } = await loadOne(team, id);
      if (hours === null) return (await team.store.timers.clear(id), null);
      refuseAdopted(row);
      return team.store.timers.set(id, Date.now() + hours * 3_600_000);
    },
    async scanOrphans(scopes): Promise<SweepScan> {
      const scan = await scanAcross(await allRows(team), scopes);
      // The sweeps a worker runs or is about to (the panel shows which groups are being swept).
      const activity = await activityOf(team.store.pool, scan.groups.map((g) => g.deploymentId));
      const runs = scan.groups.filter((g) => isActive(activity, g.deploymentId, "sweep")).map((g) => ({ deploymentId: g.deploymentId, isRunning: true, startedAt: Date.now(), log: [] }));
      return { ...scan, runs };
    },
    async confirmSweep(scopes, id) {
      const journal = await allRows(team);
      return confirmSweep(journal, await targetHolding(journal, scopes, id), id);
    },
    async sweep(scopes, id, token) {
      const target = await targetHolding(await allRows(team), scopes, id);
      const port = sdkPort(awsTargetOf(target));
      try {
        // The same rescan and check as the embedded sweep; the worker scans again before it deletes.
        const group = (await findOrphans(port, await journaled(team), Date.now(), await leased(team))).find((g) => g.deploymentId === id);
        if (!group) return { isStarted: false };
        if (group.isBusy) throw new StepError("DeploymentBusy", `Deployment ${id} is being deployed or cleaned up by this class right now; the sweep leaves it alone.`);
        await requireConfirmation(port, token, sweepFacts(group, target.region), { target });
        await team.boss.send(QUEUES.sweep, { deploymentId: id, target } satisfies SweepJob);
        return { isStarted: true };
      } finally {
        port.close();
      }
    },
    async adopt(target, vpcId) {
      // Read and recorded here (no job: it writes nothing to AWS), then stored in the team store.
      const buffer = bufferedJournal();
      const result = await adoptVpcFrom(buffer.journal, target, vpcId);
      await buffer.flush(team.store.journal);
      return result;
    },
  };
}
