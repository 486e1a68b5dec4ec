import "server-only";
import type pg from "pg";
import type { LabTimer } from "../../../lib/cleanup/lab-timer";
import type { TimerStore } from "../types";

type Row = { deployment_id: string; due_at: number; set_at: number; attempts: number | null; last_error: string | null };
const toTimer = (r: Row): LabTimer => ({ deploymentId: r.deployment_id, dueAt: r.due_at, setAt: r.set_at, ...(r.attempts ? { attempts: r.attempts } : {}), ...(r.last_error ? { lastError: r.last_error } : {}) });

/** Lab timers in PostgreSQL, with the semantics of the SQLite ones (server/cleanup/lab-timer.ts). */
export function postgresTimers(pool: pg.Pool): TimerStore {
  return {
    async set(deploymentId, dueAt, now = Date.now()) {
      await pool.query(
        "INSERT INTO lab_timers (deployment_id, due_at, set_at) VALUES ($1, $2, $3) ON CONFLICT (deployment_id) DO UPDATE SET due_at = excluded.due_at, set_at = excluded.set_at, attempts = NULL, last_error = NULL",
        [deploymentId, dueAt, now],
      );
      return { deploymentId, dueAt, setAt: now };
    },
    clear: async (deploymentId) => void (await pool.query("DELETE FROM lab_timers WHERE deployment_id = $1", [deploymentId])),
    failed: async (deploymentId, retryAt, error) =>
      void (await pool.query("UPDATE lab_timers SET due_at = $1, attempts = COALESCE(attempts, 0) + 1, last_error = $2 WHERE deployment_id = $3", [retryAt, error.slice(0, 500), deploymentId])),
    postpone: async (deploymentId, dueAt) => void (await pool.query("UPDATE lab_timers SET due_at = $1 WHERE deployment_id = $2", [dueAt, deploymentId])),
    async get(deploymentId) {
      const { rows } = await pool.query<Row>("SELECT * FROM lab_timers WHERE deployment_id = $1", [deploymentId]);
      return rows[0] && toTimer(rows[0]);
    },
    due: async (now = Date.now()) => (await pool.query<Row>("SELECT * FROM lab_timers WHERE due_at <= $1 ORDER BY due_at", [now])).rows.map(toTimer),
  };
}
