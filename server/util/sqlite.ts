import "server-only";
import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/**
 * Opens (creating if needed) `<dir>/<file>` in WAL mode, so the app can read while a CLI
 * process writes, waiting up to 5 s for a lock instead of failing. `durable` adds
 * synchronous=FULL: a write is on disk before the call returns, and survives SIGKILL or power loss.
 */
export function openDatabase(dir: string, file: string, options: { durable?: boolean } = {}): Database.Database {
  mkdirSync(dir, { recursive: true });
  const db = new Database(path.join(dir, file));
  db.pragma("journal_mode = WAL");
  if (options.durable) db.pragma("synchronous = FULL");
  db.pragma("busy_timeout = 5000");
  return db;
}
