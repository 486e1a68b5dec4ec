import "server-only";
/**
 * The deployment journal: SQLite (WAL) under `dataDir()`, one deployments table and an
 * append-only entry log. State is never stored, only replayed (`lib/deploy/replay.ts`).
 *
 * - `openJournal(dir?)` → `Journal`: `createDeployment`, `getDeployment`, `listDeployments`,
 *   `append(entry)` (a `begin` before a step's AWS calls, an `end` after), `entries(id)`,
 *   `setRunner`, `recordedResources(id)` → `[{ stepId, logicalId, kind, awsId, attributes, certain }]`.
 * - `memoryEntryLog()` → the `EntryLog` subset in memory, for tests.
 */
export { openJournal } from "./sqlite-journal";
export { memoryEntryLog } from "./memory-journal";
export type { Awaitable, DeploymentRow, EntryLog, Journal, JournalPort, Runner, SyncEntryLog } from "./types";
