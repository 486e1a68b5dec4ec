import "server-only";
import { openLabTimers } from "../../cleanup/lab-timer";
import { openJournal } from "../../journal/sqlite-journal";
import type { Journal } from "../../journal/types";
import type { AsyncJournal, Store, TimerStore } from "../types";
import { openSqliteDesigns } from "./sqlite-designs";

/** The embedded journal behind the async contract (each call still runs synchronously). */
export function asyncJournal(journal: Journal): AsyncJournal {
  return {
    append: async (entry) => journal.append(entry),
    entries: async (id) => journal.entries(id),
    createDeployment: async (row) => journal.createDeployment(row),
    getDeployment: async (id) => journal.getDeployment(id),
    listDeployments: async (filter = {}) => journal.listDeployments().filter((d) => filter.ownerId === undefined || d.ownerId === filter.ownerId),
    setRunner: async (id, runner) => journal.setRunner(id, runner),
    setAccount: async (id, accountId) => journal.setAccount(id, accountId),
    recordedResources: async (id) => journal.recordedResources(id),
  };
}

/**
 * The embedded store: the same SQLite files the app and the CLI use today (`journal.sqlite`,
 * `lab-timers.sqlite`) plus `designs.sqlite`, in `dir`.
 */
export function openSqliteStore(dir: string): Store {
  const journal = openJournal(dir);
  const labTimers = openLabTimers(dir);
  const designs = openSqliteDesigns(dir);
  const timers: TimerStore = {
    set: async (id, dueAt, now) => labTimers.set(id, dueAt, now),
    clear: async (id) => labTimers.clear(id),
    failed: async (id, retryAt, error) => labTimers.failed(id, retryAt, error),
    postpone: async (id, dueAt) => labTimers.postpone(id, dueAt),
    get: async (id) => labTimers.get(id),
    due: async (now) => labTimers.due(now),
  };
  return {
    kind: "sqlite",
    journal: asyncJournal(journal),
    timers,
    designs,
    async close() {
      journal.close();
      labTimers.close();
      designs.close();
    },
  };
}
