import "server-only";
import { dataDir } from "../util/project-root";
import { openDatabase } from "../util/sqlite";

import type { LabTimer } from "../../lib/cleanup/lab-timer";

export type { LabTimer };

type Row = { deployment_id: string; due_at: number; set_at: number; attempts: number | null; last_error: string | null };

export type LabTimers = {
  set(deploymentId: string, dueAt: number, now?: number): LabTimer;
  clear(deploymentId: string): void;
  /** A timed cleanup did not end verified: keep the timer, count the attempt, retry at `retryAt`. */
  failed(deploymentId: string, retryAt: number, error: string): void;
  /** Moves the due time only (while its cleanup runs), keeping the count and the last error. */
  postpone(deploymentId: string, dueAt: number): void;
  get(deploymentId: string): LabTimer | undefined;
  /** Timers whose time has come, oldest first. */
  due(now?: number): LabTimer[];
  close(): void;
};

const toTimer = (r: Row): LabTimer => ({ deploymentId: r.deployment_id, dueAt: r.due_at, setAt: r.set_at, ...(r.attempts ? { attempts: r.attempts } : {}), ...(r.last_error ? { lastError: r.last_error } : {}) });

/**
 * Lab timers in SQLite (`<dir>/lab-timers.sqlite`), so a timer survives a restart of the app:
 * whichever process next checks `due()` starts the cleanup, even if the time passed while
 * nothing was running.
 */
export function openLabTimers(dir: string = dataDir()): LabTimers {
  const db = openDatabase(dir, "lab-timers.sqlite");
  db.exec("CREATE TABLE IF NOT EXISTS lab_timers (deployment_id TEXT PRIMARY KEY, due_at INTEGER NOT NULL, set_at INTEGER NOT NULL)");
  // Added later: files written by earlier versions get the columns on first open.
  const columns = new Set((db.prepare("PRAGMA table_info(lab_timers)").all() as Array<{ name: string }>).map((c) => c.name));
  if (!columns.has("attempts")) db.exec("ALTER TABLE lab_timers ADD COLUMN attempts INTEGER");
  if (!columns.has("last_error")) db.exec("ALTER TABLE lab_timers ADD COLUMN last_error TEXT");
  return {
    set(deploymentId, dueAt, now = Date.now()) {
      db.prepare("INSERT INTO lab_timers (deployment_id, due_at, set_at) VALUES (?, ?, ?) ON CONFLICT(deployment_id) DO UPDATE SET due_at = excluded.due_at, set_at = excluded.set_at, attempts = NULL, last_error = NULL").run(deploymentId, dueAt, now);
      return { deploymentId, dueAt, setAt: now };
    },
    postpone: (deploymentId, dueAt) => void db.prepare("UPDATE lab_timers SET due_at = ? WHERE deployment_id = ?").run(dueAt, deploymentId),
    failed: (deploymentId, retryAt, error) => void db.prepare("UPDATE lab_timers SET due_at = ?, attempts = COALESCE(attempts, 0) + 1, last_error = ? WHERE deployment_id = ?").run(retryAt, error.slice(0, 500), deploymentId),
    clear: (deploymentId) => void db.prepare("DELETE FROM lab_timers WHERE deployment_id = ?").run(deploymentId),
    get(deploymentId) {
      const row = db.prepare("SELECT * FROM lab_timers WHERE deployment_id = ?").get(deploymentId) as Row | undefined;
      return row && toTimer(row);
    },
    due: (now = Date.now()) => (db.prepare("SELECT * FROM lab_timers WHERE due_at <= ? ORDER BY due_at").all(now) as Row[]).map(toTimer),
    close: () => db.close(),
  };
}
