import "server-only";
import { dataDir } from "../util/project-root";
import { openDatabase } from "../util/sqlite";

import type { LabTimer } from "../../lib/live/dashboard";

export type { LabTimer };

type Row = { deployment_id: string; due_at: number; set_at: number };

export type LabTimers = {
  set(deploymentId: string, dueAt: number, now?: number): LabTimer;
  clear(deploymentId: string): void;
  get(deploymentId: string): LabTimer | undefined;
  /** Timers whose time has come, oldest first. */
  due(now?: number): LabTimer[];
  close(): void;
};

const toTimer = (r: Row): LabTimer => ({ deploymentId: r.deployment_id, dueAt: r.due_at, setAt: r.set_at });

/**
 * Lab timers in SQLite (`<dir>/lab-timers.sqlite`), so a timer survives a restart of the app:
 * whichever process next checks `due()` starts the cleanup, even if the time passed while
 * nothing was running.
 */
export function openLabTimers(dir: string = dataDir()): LabTimers {
  const db = openDatabase(dir, "lab-timers.sqlite");
  db.exec("CREATE TABLE IF NOT EXISTS lab_timers (deployment_id TEXT PRIMARY KEY, due_at INTEGER NOT NULL, set_at INTEGER NOT NULL)");
  return {
    set(deploymentId, dueAt, now = Date.now()) {
      db.prepare("INSERT INTO lab_timers (deployment_id, due_at, set_at) VALUES (?, ?, ?) ON CONFLICT(deployment_id) DO UPDATE SET due_at = excluded.due_at, set_at = excluded.set_at").run(deploymentId, dueAt, now);
      return { deploymentId, dueAt, setAt: now };
    },
    clear: (deploymentId) => void db.prepare("DELETE FROM lab_timers WHERE deployment_id = ?").run(deploymentId),
    get(deploymentId) {
      const row = db.prepare("SELECT * FROM lab_timers WHERE deployment_id = ?").get(deploymentId) as Row | undefined;
      return row && toTimer(row);
    },
    due: (now = Date.now()) => (db.prepare("SELECT * FROM lab_timers WHERE due_at <= ? ORDER BY due_at").all(now) as Row[]).map(toTimer),
    close: () => db.close(),
  };
}
