import "server-only";
import type { AwsClients } from "../clients";
import type { TeardownTiming } from "../cleanup-timing";

/** What a cleanup operation needs: clients, timing and the stop signal. */
export type OpContext = {
  clients: AwsClients;
  timing: TeardownTiming;
  signal: AbortSignal;
  /** Issue the delete and return at once, without waiting for AWS to finish (the lab note's way). */
  skipWaits?: boolean;
};
