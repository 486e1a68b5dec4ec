import "server-only";
import { replay } from "../../lib/deploy/replay";
import { recordedResourcesOf } from "../../lib/deploy/resources";
import type { JournalEntry, NewJournalEntry } from "../../lib/deploy/types";
import { dataDir } from "../util/project-root";
import { openDatabase } from "../util/sqlite";
import { ensureSchema } from "./schema";
import type { DeploymentRow, Journal, Runner } from "./types";

type EntryRow = { seq: number; deployment_id: string; step_id: string; type: "begin" | "end"; outcome: string | null; outputs: string | null; error: string | null; reason: string | null; at: number };
type DeploymentDbRow = { id: string; name: string; design: string; target: string; plan: string; created_at: number; runner: string | null; adopted: string | null; owner_id: string | null };

/**
 * Opens (creating if needed) the journal at `<dir>/journal.sqlite`, default `dataDir()`.
 * WAL mode lets the app read while a CLI deploy writes; every write is one synchronous
 * statement, so this process has exactly one serial writer and an entry is on disk before
 * `append` returns (synchronous=FULL: an entry survives a SIGKILL or power loss).
 */
export function openJournal(dir: string = dataDir()): Journal {
  const db = openDatabase(dir, "journal.sqlite", { durable: true });
  ensureSchema(db);
  const insertEntry = db.prepare(
    "INSERT INTO entries (deployment_id, step_id, type, outcome, outputs, error, reason, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
  );
  const selectEntries = db.prepare("SELECT * FROM entries WHERE deployment_id = ? ORDER BY seq");
  const selectDeployment = db.prepare("SELECT * FROM deployments WHERE id = ?");
  const journal: Journal = {
    append(entry: NewJournalEntry): JournalEntry {
      const info = insertEntry.run(
        entry.deploymentId, entry.stepId, entry.type, entry.outcome ?? null,
        entry.outputs ? JSON.stringify(entry.outputs) : null, entry.error ? JSON.stringify(entry.error) : null,
        entry.reason ?? null, entry.at,
      );
      return { ...entry, seq: Number(info.lastInsertRowid) };
    },
    entries: (deploymentId) => (selectEntries.all(deploymentId) as EntryRow[]).map(toEntry),
    createDeployment(row: DeploymentRow) {
      db.prepare("INSERT INTO deployments (id, name, design, target, plan, created_at, runner, adopted, owner_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)").run(
        row.id, row.name, JSON.stringify(row.design), JSON.stringify(row.target), JSON.stringify(row.plan), row.createdAt,
        row.runner ? JSON.stringify(row.runner) : null, row.adopted ? JSON.stringify(row.adopted) : null, row.ownerId ?? null,
      );
    },
    getDeployment(id) {
      const row = selectDeployment.get(id) as DeploymentDbRow | undefined;
      return row && toDeployment(row);
    },
    listDeployments: () => (db.prepare("SELECT * FROM deployments ORDER BY created_at DESC, id").all() as DeploymentDbRow[]).map(toDeployment),
    setRunner(id: string, runner: Runner | null) {
      db.prepare("UPDATE deployments SET runner = ? WHERE id = ?").run(runner ? JSON.stringify(runner) : null, id);
    },
    setAccount(id: string, accountId: string) {
      const row = journal.getDeployment(id);
      if (row) db.prepare("UPDATE deployments SET target = ? WHERE id = ?").run(JSON.stringify({ ...row.target, accountId }), id);
    },
    recordedResources(deploymentId) {
      const row = journal.getDeployment(deploymentId);
      return row ? recordedResourcesOf(row.plan, replay(journal.entries(deploymentId))) : [];
    },
    forgetDeployment: db.transaction((id: string) => {
      db.prepare("DELETE FROM entries WHERE deployment_id = ?").run(id);
      return db.prepare("DELETE FROM deployments WHERE id = ?").run(id).changes > 0;
    }),
    close: () => db.close(),
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
    ...(row.outputs ? { outputs: JSON.parse(row.outputs) } : {}),
    ...(row.error ? { error: JSON.parse(row.error) } : {}),
    ...(row.reason ? { reason: row.reason } : {}),
    at: row.at,
  };
}

function toDeployment(row: DeploymentDbRow): DeploymentRow {
  return {
    id: row.id,
    name: row.name,
    design: JSON.parse(row.design),
    target: JSON.parse(row.target),
    plan: JSON.parse(row.plan),
    createdAt: row.created_at,
    ...(row.runner ? { runner: JSON.parse(row.runner) } : {}),
    ...(row.adopted ? { adopted: JSON.parse(row.adopted) } : {}),
    ...(row.owner_id ? { ownerId: row.owner_id } : {}),
  };
}
