import type { Design } from "../design/schema";
import { teardownResources, type RecordedResource } from "../plan/recorded";
import { consoleUrl } from "./console-link";
import { routeTableDrift, securityGroupDrift, type AwsIds } from "./drift";
import { ROW_BUILDERS, targetHealthText, type RowContext, type RowCore } from "./rows";
import type { AwsSnapshot } from "./snapshot";
import { liveText, type LiveText } from "./text";
import type { EntityView, ResourceRow, StatusView } from "./types";

export type StatusInput = {
  deploymentId: string;
  recorded: readonly RecordedResource[];
  snapshot: AwsSnapshot;
  /** The design as deployed (from the journal), to tell drift. */
  design?: Design;
  target: { kind: "sandbox" | "aws"; region: string };
};

/** Rows read top-down like the diagram: network first, then gateways, compute, load balancing. */
const ORDER = ["vpc", "subnet", "internet-gateway", "route-table", "nat-gateway", "elastic-ip", "security-group", "instance", "target-group", "load-balancer"];

const NOT_READ: RowCore = { state: "unknown", phase: "pending", facts: [], fields: [] };
const TRANSITIONAL = new Set(["pending", "creating", "deleting"]);

function driftOf(kind: string, logicalId: string, awsId: string, input: StatusInput, ids: AwsIds): LiveText[] {
  const { design, snapshot } = input;
  if (!design) return [];
  if (kind === "security-group") {
    const group = snapshot.securityGroups?.find((g) => g.id === awsId);
    return group ? securityGroupDrift(design, logicalId, ids, group.ingress, group.egress) : [];
  }
  if (kind === "route-table") {
    const table = snapshot.routeTables?.find((t) => t.id === awsId);
    return table ? routeTableDrift(design, logicalId, ids, table.routes) : [];
  }
  return [];
}

/** Adds each instance's health in the target groups that list it. */
function withTargetHealth(core: RowCore, kind: string, awsId: string, snapshot: AwsSnapshot): RowCore {
  if (kind !== "instance" || !snapshot.targetHealth) return core;
  const health = Object.values(snapshot.targetHealth)
    .flatMap((targets) => targets ?? [])
    .filter((t) => t.targetId === awsId);
  if (health.length === 0) return core;
  const texts = health.map(targetHealthText);
  const value = health.map((t) => (t.reason ? `${t.state} (${t.reason})` : t.state)).join(", ");
  const facts = core.phase === "ready" ? [...core.facts, ...texts] : core.facts;
  return { ...core, facts, fields: [...core.fields, ...texts.map((text) => ({ label: liveText("labelTargetHealth"), value, text }))] };
}

function buildRow(resource: { logicalId: string; kind: string; awsId: string }, input: StatusInput, ids: AwsIds, ctx: RowContext): ResourceRow {
  const { logicalId, kind, awsId } = resource;
  const core = withTargetHealth(ROW_BUILDERS[kind]?.(awsId, input.snapshot, ctx) ?? NOT_READ, kind, awsId, input.snapshot);
  const drift = core.state === "missing" ? core.facts : driftOf(kind, logicalId, awsId, input, ids);
  const isDrifted = drift.length > 0 && core.state !== "missing";
  return {
    logicalId,
    kind,
    awsId,
    state: core.state,
    phase: isDrifted ? "drifted" : core.phase,
    facts: isDrifted ? [drift[0]!] : core.facts,
    fields: core.fields,
    drift,
    consoleUrl: input.target.kind === "aws" ? consoleUrl(kind, awsId, input.target.region) : undefined,
  };
}

/**
 * Maps one reading of AWS onto the deployment's resources: a row per resource with its AWS
 * id, state and details, the phase each diagram node shows, and drift against the design
 * as deployed (a resource gone, a rule or route added or removed outside the app).
 */
export function mapStatus(input: StatusInput): StatusView {
  const resources = teardownResources(input.recorded).filter((r) => r.kind !== "listener");
  const ids: AwsIds = {};
  const names: Record<string, string> = {};
  for (const r of resources) {
    ids[r.logicalId] ??= r.awsId;
    names[r.awsId] ??= r.logicalId;
  }
  const ctx: RowContext = { names, isSandbox: input.target.kind === "sandbox" };
  const rank = (kind: string) => (ORDER.indexOf(kind) + ORDER.length + 1) % (ORDER.length + 1);
  const rows = resources.map((r) => buildRow(r, input, ids, ctx)).sort((a, b) => rank(a.kind) - rank(b.kind) || a.logicalId.localeCompare(b.logicalId));
  const entities: Record<string, EntityView> = {};
  for (const row of rows) entities[row.logicalId] ??= { phase: row.phase, awsId: row.awsId, facts: row.facts };
  const fingerprint = JSON.stringify(rows.map((r) => [r.awsId, r.state, r.facts, r.drift]));
  return { deploymentId: input.deploymentId, at: input.snapshot.at, rows, entities, isSettled: !rows.some((r) => TRANSITIONAL.has(r.phase)), fingerprint };
}
