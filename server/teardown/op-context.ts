import "server-only";
import type { AwsClients } from "../aws/clients";
import type { TeardownTiming } from "./timing";

/** What a cleanup operation needs: clients, timing and the stop signal. */
export type OpContext = { clients: AwsClients; timing: TeardownTiming; signal: AbortSignal };
