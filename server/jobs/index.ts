import "server-only";
/**
 * Team mode's durable work (README.md here; docs/ARCHITECTURE.md § Team mode).
 * - `openTeam(url)` / `sharedTeam()`: the store and the queue; `enqueueDeployment`,
 *   `enqueueResume`, `enqueueCleanup`; `teamDeploymentView`, `followDeployment`,
 *   `isQueuedOrRunning` read progress from the journal.
 * - `startWorker({ url, concurrency, leaseMs })`: what `vpcd worker` runs; `startAppWorker()`
 *   the same inside an app instance.
 * - `requestStop` / `clearStop`: "Stop" as a durable request; `activityOf`: what runs or waits
 *   per deployment and queue.
 */
export { enqueueCleanup, enqueueDeployment, enqueueResume, followDeployment, isQueuedOrRunning, openTeam, teamDeploymentView, type Team } from "./team";
export { sharedTeam } from "./team-instance";
export { startWorker, DEFAULT_LEASE_MS, type Worker, type WorkerOptions } from "./worker";
export { QUEUES, type CleanupJob, type DeployJob, type SweepJob } from "./queue";
export { startAppWorker } from "./app-worker";
export { activityOf, isActive, type Activity } from "./activity";
export { clearStop, requestStop, type StoppableJob } from "./stop-request";
