import "server-only";
/**
 * The AWS boundary: the only server code that imports the AWS SDK (lint enforces it).
 *
 * - `makeClients(target)` / `sdkPort(target)` (./clients.ts, ./sdk-port.ts): SDK v3 clients and
 *   the `AwsPort` over exactly the calls in ./actions.ts; the default credential chain for AWS.
 * - `errors.ts`: what AWS's answers mean (throttled, ambiguous, not found, gone, blocked by a
 *   dependency, credentials expired or denied) and `StepError`.
 * - `wait.ts` and `timing.ts`: one `poll` for every slow transition, one `sleep`, and one timing
 *   table per target (AWS, or the sandbox scaled by its time scale).
 * - `pages.ts`: every describe followed to its last page.
 * - `providers/`: one file per resource kind with its find, create, ready and delete.
 * - `inventory/`: reading what a deployment has in AWS by its tags (cleanup, sweep, live
 *   status, blockers, the verified report).
 */
export { makeClients, destroyClients, type AwsClients, type AwsTarget } from "./clients";
export { sdkPort } from "./sdk-port";
export type { AwsPort, CallOptions, WaitOptions } from "./port";
export { EC2_ACTIONS, ELB_ACTIONS, type Ec2Action, type ElbAction } from "./actions";
export { PROVIDERS, providerFor, type Provider, type ProviderContext } from "./providers";
export { AWS_TIMING, sandboxTiming, timingFor, type Timing } from "./timing";
