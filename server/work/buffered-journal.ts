import "server-only";
import type { JournalEntry } from "../../lib/deploy/types";
import type { DeploymentRow, Journal } from "../journal";
import type { AsyncJournal } from "../store/types";
import { snapshotJournal } from "./team-reads";

/**
 * A synchronous `Journal` in memory whose writes are then copied into the team store, for
 * the few writers written against the embedded journal that run in the app, not in a job
 * (adopting a VPC records a deployment and its entries at once, with no AWS write).
 */
export function bufferedJournal(): { journal: Journal; flush(into: AsyncJournal): Promise<void> } {
  const rows: DeploymentRow[] = [];
  const entries = new Map<string, JournalEntry[]>();
  const read = snapshotJournal({ rows, entries });
  let seq = 0;
  const journal: Journal = {
    ...read,
    createDeployment: (row) => void rows.push(row),
    append(entry) {
      const stored = { ...entry, seq: ++seq };
      entries.set(entry.deploymentId, [...(entries.get(entry.deploymentId) ?? []), stored]);
      return stored;
    },
  };
  return {
    journal,
    async flush(into) {
      for (const row of rows) {
        await into.createDeployment(row);
        for (const { seq: _seq, ...entry } of entries.get(row.id) ?? []) await into.append(entry);
      }
    },
  };
}
