import "server-only";
/**
 * Guided cleanup, orphan sweep and lab timers. Public surface:
 *
 * - `runCleanup(options)` (./run-cleanup.ts): the destroy plan from recorded + tagged resources,
 *   walked with `walk` (parallel, journaled, resumable), blockers named, report verified.
 * - `cleanupDeployment`, `startCleanup`, `stopCleanup`, `getCleanupView`, `ensureReport`
 *   (./service.ts): the same for a recorded deployment, foreground (CLI) or background (app).
 * - `findOrphans`, `sweepGroup` (./sweep.ts), `scanOrphans`, `startSweep` (./sweep-service.ts):
 *   everything tagged by this app in a region; only tagged resources are ever touched.
 * - `openLabTimers`, `labTimers`, `fireDueTimers` (./lab-timer.ts, ./timer-scheduler.ts):
 *   "delete in 2 h", persisted in SQLite.
 * - `runInOrder` (./lab-note.ts): steps one after another, to show where an unsafe order fails.
 * - `refuseAdopted` (./adopted.ts): a deployment adopted from AWS is never cleaned up.
 */
export { runCleanup, cleanupResources, type CleanupOptions, type CleanupResult } from "./run-cleanup";
export { cleanupDeployment, ensureReport, getCleanupView, startCleanup, stopCleanup } from "./service";
export { findOrphans, sweepGroup } from "./sweep";
export { scanOrphans, startSweep } from "./sweep-service";
export { openLabTimers, type LabTimers } from "./lab-timer";
export { fireDueTimers, labTimers } from "./timer-scheduler";
export { runInOrder } from "./lab-note";
export { refuseAdopted } from "./adopted";
export { findBlockers, type Blocker } from "../aws/inventory/blockers";
export { logLine, type StepEvent } from "../engine/step-events";
export { timingFor, AWS_TIMING, type Timing } from "../aws/timing";
