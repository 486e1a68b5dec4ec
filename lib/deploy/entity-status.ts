/**
 * One truth for what a deployment and each of its entities are right now, merged from the
 * three sources that speak about them: the deploy walk (journal of create steps), the live
 * AWS reading (with drift), and the cleanup (journal of delete steps plus the running
 * process). Every view — Deploy tab, Status tab, diagram, CLI — reads these functions, so
 * they cannot disagree.
 */
import type { CleanupView } from "../cleanup/view";
import { isSandboxAddress, liveText, type LiveText } from "../live/text";
import type { ResourceRow, StatusView } from "../live/types";

/** What a diagram node, a status row and the CLI show for one entity. */
export type EntityPhase = "pending" | "creating" | "ready" | "failed" | "skipped" | "deleting" | "deleted" | "drifted" | "blocked";

export type EntityStatus = {
  phase: EntityPhase;
  /** The AWS id once known (vpc-…, subnet-…, an ARN for ELBv2). */
  awsId?: string;
  /** One line per fact, as message keys: an IP, a DNS name, an error code, what blocks a delete. */
  facts?: LiveText[];
};

/** The deploy walk's own status, from the journal of create steps. */
export type DeployStatus = "running" | "complete" | "failed" | "interrupted" | "stopped";

/**
 * Where the deployment is in its life: the deploy status until a cleanup starts, then the
 * cleanup's: running, stopped partway, failed partway, or finished ("cleaned-up").
 */
export type DeploymentLifecycle = DeployStatus | "cleaning-up" | "cleanup-stopped" | "cleanup-failed" | "cleaned-up";

/** The part of a cleanup view the status model reads. */
export type CleanupProgress = Pick<CleanupView, "isRunning" | "progress" | "steps" | "entities">;

/** A step as the deploy view shows it: enough to tell its entity's phase. */
type DeployStep = { id: string; kind: string; logicalId: string; state: "pending" | "running" | "ok" | "failed" | "skipped"; error?: { code: string } };

/**
 * An entity's phase from its create steps alone: failed if one failed, ready when all are
 * done, skipped when skipped and none started, creating once one started.
 *
 * @example deployPhase([{ state: "ok" }, { state: "running" }]) === "creating"
 */
export function deployPhase(own: ReadonlyArray<Pick<DeployStep, "state">>): EntityPhase {
  const states = new Set(own.map((s) => s.state));
  if (states.has("failed")) return "failed";
  if (own.every((s) => s.state === "ok")) return "ready";
  if (states.has("skipped") && !states.has("ok") && !states.has("running")) return "skipped";
  return states.has("running") || states.has("ok") ? "creating" : "pending";
}

/** Outputs worth a line on the node while deploying; a CIDR is not one: the node already shows it. */
const FACT_OUTPUTS = [
  ["PrivateIpAddress", "privateIp", "ip"],
  ["PublicIp", "elasticIp", "ip"],
  ["DNSName", "dnsName", "dns"],
] as const;

function deployFacts(outputs: Record<string, string>, isSandbox: boolean, errorCode?: string): LiveText[] | undefined {
  if (errorCode) return [liveText("errorCode", { code: errorCode })];
  const facts = FACT_OUTPUTS.filter(([output]) => outputs[output]).map(([output, key, param]) => {
    const value = outputs[output]!;
    // The sandbox's Elastic IPs are loopback addresses (docs/aws-facts.md §17.1): say so.
    return liveText(param === "ip" && key !== "privateIp" && isSandboxAddress(value, isSandbox) ? "sandboxIp" : key, { [param]: value });
  });
  return facts.length > 0 ? facts : undefined;
}

/**
 * Each entity's status from the deploy walk: its phase, the AWS id its own create step
 * returned (`primaryOutput` names that output per kind), and its facts (the error code of a
 * failed step, else its addresses).
 */
export function deployEntities(steps: readonly DeployStep[], outputsOf: (stepId: string) => Record<string, string>, primaryOutput: Record<string, string>, isSandbox = false): Record<string, EntityStatus> {
  const entities: Record<string, EntityStatus> = {};
  for (const logicalId of new Set(steps.map((s) => s.logicalId))) {
    const own = steps.filter((s) => s.logicalId === logicalId);
    const main = own.find((s) => s.id === `create:${s.kind}:${logicalId}`) ?? own[0];
    const outputs = outputsOf(main.id);
    const failed = own.find((s) => s.error);
    entities[logicalId] = { phase: deployPhase(own), awsId: outputs[primaryOutput[main.kind] ?? ""], facts: deployFacts(outputs, isSandbox, failed?.error?.code) };
  }
  return entities;
}

const isCleanupStarted = (cleanup: CleanupProgress) => cleanup.steps.some((s) => s.state !== "pending" && s.state !== "skipped");

/**
 * The deployment's lifecycle: the deploy status until a cleanup has done something, then
 * the cleanup's. A deployment whose every cleanup step is done is "cleaned-up", whatever its
 * create steps once said.
 *
 * @example deploymentLifecycle("complete", { isRunning: false, progress: { done: 20, total: 20 }, … }) === "cleaned-up"
 */
export function deploymentLifecycle(deploy: DeployStatus, cleanup?: CleanupProgress): DeploymentLifecycle {
  if (!cleanup) return deploy;
  if (cleanup.isRunning) return "cleaning-up";
  if (cleanup.progress.total > 0 && cleanup.progress.done === cleanup.progress.total) return "cleaned-up";
  if (!isCleanupStarted(cleanup)) return deploy;
  return cleanup.steps.some((s) => s.state === "failed") ? "cleanup-failed" : "cleanup-stopped";
}

/** What the live reading says AWS no longer has (or shows as drift): never the last word once the app's cleanup works on it. */
const isLiveGone = (live?: EntityStatus) => live?.phase === "drifted";

/**
 * What the cleanup says about one entity, or undefined when it has not touched it. The
 * app's own deletions read "deleting" / "deleted", never drift: between two steps of one
 * resource (a load balancer deleted, its interfaces not yet gone) it is still "deleting".
 */
export function cleanupPhase(logicalId: string, cleanup: CleanupProgress, live?: EntityStatus): EntityStatus | undefined {
  const own = cleanup.entities[logicalId];
  const liveFacts = isLiveGone(live) ? undefined : live?.facts;
  if (own) return { phase: own.phase, awsId: live?.awsId, facts: own.facts ?? (own.phase === "deleted" ? undefined : liveFacts) };
  const isTouched = cleanup.steps.some((s) => s.logicalId === logicalId && s.state === "done");
  if (!isTouched) return undefined;
  if (cleanup.isRunning) return { phase: "deleting", awsId: live?.awsId, facts: liveFacts };
  return isLiveGone(live) ? { phase: "deleted", awsId: live?.awsId } : undefined;
}

export type EntitySources = {
  deployStatus: DeployStatus;
  /** From the deploy walk (`deployEntities`). */
  deploy: Record<string, EntityStatus>;
  /** From the live AWS reading, when there is one. */
  live?: Record<string, EntityStatus>;
  cleanup?: CleanupProgress;
};

/**
 * One status per entity. While the deploy walks, its own progress speaks; after it, the
 * live reading (AWS's truth, with drift) overrides it; the cleanup overrides both for what
 * it touched; once cleaned up, everything that existed is "deleted".
 */
export function mergeEntities(sources: EntitySources): Record<string, EntityStatus> {
  const { deploy, live = {}, cleanup } = sources;
  const merged: Record<string, EntityStatus> = { ...deploy };
  if (sources.deployStatus !== "running") for (const [id, e] of Object.entries(live)) merged[id] = { ...e, awsId: e.awsId ?? deploy[id]?.awsId };
  if (!cleanup) return merged;
  if (deploymentLifecycle(sources.deployStatus, cleanup) === "cleaned-up") return cleanedUp(deploy, cleanup);
  const ids = new Set([...Object.keys(merged), ...Object.keys(cleanup.entities)]);
  for (const id of ids) {
    const said = cleanupPhase(id, cleanup, merged[id]);
    if (said) merged[id] = { ...said, awsId: said.awsId ?? merged[id]?.awsId };
  }
  return merged;
}

/** After a finished cleanup: every entity that was created (or that cleanup deleted) is deleted; never-created ones show nothing. */
function cleanedUp(deploy: Record<string, EntityStatus>, cleanup: CleanupProgress): Record<string, EntityStatus> {
  const out: Record<string, EntityStatus> = {};
  for (const [id, e] of Object.entries(deploy)) if (e.phase === "ready" || e.phase === "creating") out[id] = { phase: "deleted", awsId: e.awsId };
  for (const [id, e] of Object.entries(cleanup.entities)) out[id] = { phase: "deleted", awsId: out[id]?.awsId ?? deploy[id]?.awsId, facts: e.facts };
  return out;
}

/**
 * The live rows with the cleanup's word on what it touched: phase and detail from
 * `cleanupPhase`, and no drift for a resource the app itself deletes or deleted.
 */
export function mergeRows(view: StatusView, cleanup: CleanupProgress): StatusView {
  const rows = view.rows.map((row): ResourceRow => {
    const said = cleanupPhase(row.logicalId, cleanup, { phase: row.phase, awsId: row.awsId, facts: row.facts });
    if (!said) return row;
    return { ...row, phase: said.phase, facts: said.facts ?? (said.phase === "deleted" ? [liveText("deletedByCleanup")] : []), drift: [] };
  });
  const entities = { ...view.entities };
  for (const id of new Set([...Object.keys(entities), ...Object.keys(cleanup.entities)])) {
    const said = cleanupPhase(id, cleanup, entities[id]);
    if (said) entities[id] = { ...said, awsId: said.awsId ?? entities[id]?.awsId };
  }
  return { ...view, rows, entities };
}
