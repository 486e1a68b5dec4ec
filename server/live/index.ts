import "server-only";
/**
 * Live status. Public surface:
 *
 * - `refreshStatus(input)` (./refresh.ts): one refresh in at most 10 describe calls, drift,
 *   cost so far, the next poll interval. `readDeploymentStatus(journal, row)` (./service.ts)
 *   does it for a recorded deployment.
 * - `deploymentStatus(journal, row)` (./deployment-status.ts): one poll for every view of a
 *   deployment — deploy progress, live status, cleanup — merged into one lifecycle and one
 *   status per entity.
 * - `testLoadBalancer(dnsName, options)` (./alb-test.ts): N requests, a histogram of answers.
 * - `sandboxPresence(target)` (./sandbox-presence.ts): is the sandbox a deployment went to still running.
 */
export { forgetStatus, refreshStatus, type RefreshInput, type StatusReading } from "./refresh";
export { readDeploymentStatus } from "./service";
export { deploymentStatus, listDeploymentSummaries, type DeploymentStatusView, type DeploymentSummary } from "./deployment-status";
export { testLoadBalancer } from "./alb-test";
export { sandboxGoneMessage, sandboxPresence, type SandboxPresence } from "./sandbox-presence";
