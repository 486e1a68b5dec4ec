import "server-only";
import type { JournalEntry, NewJournalEntry } from "../../lib/deploy/types";
import type { SyncEntryLog } from "./types";

/** An entry log in memory, for walker tests and dry runs. Same contract as the SQLite one. */
export function memoryEntryLog(): SyncEntryLog & { all(): JournalEntry[] } {
  const log: JournalEntry[] = [];
  return {
    append(entry: NewJournalEntry) {
      const stored = { ...entry, seq: log.length + 1 };
      log.push(stored);
      return stored;
    },
    entries: (deploymentId) => log.filter((e) => e.deploymentId === deploymentId),
    all: () => [...log],
  };
}
