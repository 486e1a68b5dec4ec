import "server-only";
/**
 * Live status. Public surface:
 *
 * - `refreshStatus(input)` (./refresh.ts): one refresh in at most 10 describe calls, drift,
 *   cost so far, the next poll interval. `readDeploymentStatus(journal, row)` (./service.ts)
 *   does it for a recorded deployment.
 * - `statusDashboard(journal, row)` (./dashboard.ts): the status panel's whole poll.
 * - `testLoadBalancer(dnsName, options)` (./alb-test.ts): N requests, a histogram of answers.
 */
export { forgetStatus, refreshStatus, type RefreshInput, type StatusReading } from "./refresh";
export { readDeploymentStatus } from "./service";
export { overlayCleanup, statusDashboard, type StatusDashboard } from "./dashboard";
export { testLoadBalancer } from "./alb-test";
