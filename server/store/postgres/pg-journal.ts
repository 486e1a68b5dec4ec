import "server-only";
import type pg from "pg";
import { replay } from "../../../lib/deploy/replay";
import { recordedResourcesOf } from "../../../lib/deploy/resources";
import type { JournalEntry } from "../../../lib/deploy/types";
import type { DeploymentRow } from "../../journal/types";
import type { AsyncJournal } from "../types";

type EntryRow = { seq: number; deployment_id: string; step_id: string; type: "begin" | "end"; outcome: string | null; outputs: unknown; error: unknown; reason: string | null; at: number };
type DeploymentDbRow = { id: string; name: string; design: DeploymentRow["design"]; target: DeploymentRow["target"]; plan: DeploymentRow["plan"]; created_at: number; runner: DeploymentRow["runner"] | null; owner_id: string | null; adopted: DeploymentRow["adopted"] | null };

const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));

/**
 * The journal in PostgreSQL: the same tables as the SQLite one (migration
 * 1764633600000_journal.sql). Each `append` is one INSERT that has committed when the
 * promise resolves, so `walk`'s "begin before the AWS calls" holds across machines.
 */
export function postgresJournal(pool: pg.Pool): AsyncJournal {
  const journal: AsyncJournal = {
    async append(entry) {
      const { rows } = await pool.query<{ seq: number }>(
        "INSERT INTO entries (deployment_id, step_id, type, outcome, outputs, error, reason, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING seq",
        [entry.deploymentId, entry.stepId, entry.type, entry.outcome ?? null, json(entry.outputs), json(entry.error), entry.reason ?? null, entry.at],
      );
      return { ...entry, seq: rows[0]!.seq };
    },
    entries: async (deploymentId) => (await pool.query<EntryRow>("SELECT * FROM entries WHERE deployment_id = $1 ORDER BY seq", [deploymentId])).rows.map(toEntry),
    async createDeployment(row) {
      await pool.query(
        "INSERT INTO deployments (id, name, design, target, plan, created_at, runner, owner_id, adopted) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        [row.id, row.name, json(row.design), json(row.target), json(row.plan), row.createdAt, json(row.runner), row.ownerId ?? null, json(row.adopted)],
      );
    },
    async getDeployment(id) {
      const { rows } = await pool.query<DeploymentDbRow>("SELECT * FROM deployments WHERE id = $1", [id]);
      return rows[0] && toDeployment(rows[0]);
    },
    async listDeployments(filter = {}) {
      const { rows } = filter.ownerId === undefined
        ? await pool.query<DeploymentDbRow>("SELECT * FROM deployments ORDER BY created_at DESC, id")
        : await pool.query<DeploymentDbRow>("SELECT * FROM deployments WHERE owner_id = $1 ORDER BY created_at DESC, id", [filter.ownerId]);
      return rows.map(toDeployment);
    },
    async setRunner(id, runner) {
      await pool.query("UPDATE deployments SET runner = $1 WHERE id = $2", [json(runner), id]);
    },
    async setAccount(id, accountId) {
      // json_build_object keeps the rest of the target as written; only accountId is set.
      await pool.query("UPDATE deployments SET target = (target::jsonb || jsonb_build_object('accountId', $1::text))::json WHERE id = $2", [accountId, id]);
    },
    async recordedResources(deploymentId) {
      const row = await journal.getDeployment(deploymentId);
      return row ? recordedResourcesOf(row.plan, replay(await journal.entries(deploymentId))) : [];
    },
  };
  return journal;
}

function toEntry(row: EntryRow): JournalEntry {
  return {
    seq: row.seq,
    deploymentId: row.deployment_id,
    stepId: row.step_id,
    type: row.type,
    ...(row.outcome ? { outcome: row.outcome as JournalEntry["outcome"] } : {}),
    ...(row.outputs ? { outputs: row.outputs as JournalEntry["outputs"] } : {}),
    ...(row.error ? { error: row.error as JournalEntry["error"] } : {}),
    ...(row.reason ? { reason: row.reason } : {}),
    at: row.at,
  };
}

function toDeployment(row: DeploymentDbRow): DeploymentRow {
  return {
    id: row.id,
    name: row.name,
    design: row.design,
    target: row.target,
    plan: row.plan,
    createdAt: row.created_at,
    ...(row.runner ? { runner: row.runner } : {}),
    ...(row.owner_id ? { ownerId: row.owner_id } : {}),
    ...(row.adopted ? { adopted: row.adopted } : {}),
  };
}
