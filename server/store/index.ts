import "server-only";
/**
 * Where the app keeps its state. Embedded (default): SQLite under `dataDir()` (server/journal,
 * server/cleanup/lab-timer.ts). Team mode: `VPCD_DATABASE_URL=postgres://…`, one PostgreSQL
 * for designs, deployments, the journal and timers, schema kept by node-pg-migrate
 * (`postgres/migrations/*.sql`, applied on every start by `openPostgres`).
 */
export { isTeamMode, storeConfig, type StoreConfig } from "./config";
export { openPostgres, sharedPostgres } from "./postgres/database";
export { migrateUp, MIGRATIONS_DIR, MIGRATIONS_TABLE } from "./postgres/migrate";
