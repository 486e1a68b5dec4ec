import "server-only";
import type Database from "better-sqlite3";

/**
 * Tables: one row per deployment (design, target and plan as JSON, so a resume or a cleanup
 * never depends on the design as it is now; `adopted` for one adopted from AWS) and the
 * append-only entry log. A journal made before a column existed gets it added, empty.
 */
export function ensureSchema(db: Database.Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS deployments (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      design TEXT NOT NULL,
      target TEXT NOT NULL,
      plan TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      runner TEXT,
      adopted TEXT
    );
    CREATE TABLE IF NOT EXISTS entries (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      deployment_id TEXT NOT NULL,
      step_id TEXT NOT NULL,
      type TEXT NOT NULL CHECK (type IN ('begin', 'end')),
      outcome TEXT CHECK (outcome IN ('ok', 'failed', 'skipped')),
      outputs TEXT,
      error TEXT,
      reason TEXT,
      at INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS entries_by_deployment ON entries (deployment_id, seq);
  `);
  addColumn(db, "deployments", "adopted", "TEXT");
  // Team mode's owner.
  addColumn(db, "deployments", "owner_id", "TEXT");
}

/** Adds a nullable column to a table made by an older version (SQLite has no ADD COLUMN IF NOT EXISTS). */
function addColumn(db: Database.Database, table: string, column: string, type: string): void {
  const columns = db.prepare(`PRAGMA table_info(${table})`).all() as Array<{ name: string }>;
  if (!columns.some((c) => c.name === column)) db.exec(`ALTER TABLE ${table} ADD COLUMN ${column} ${type}`);
}
