import "server-only";
/**
 * AWS access for the engine: `makeClients(target)` (SDK v3 clients; default credential chain
 * for real AWS), and the `AwsPort` over exactly the calls in ./actions.ts, implemented by
 * `sdkPort(target)`.
 */
export { makeClients, destroyClients, type AwsClients, type AwsTarget } from "./clients";
export { sdkPort } from "./sdk-port";
export type { AwsPort, CallOptions, WaitOptions } from "./port";
export { EC2_ACTIONS, ELB_ACTIONS, type Ec2Action, type ElbAction } from "./actions";
