import "server-only";
import type { IncomingHttpHeaders } from "node:http";
import type { AwsCall } from "../aws-call";
import { awsError, type Reply } from "../aws-errors";

// Long-term (AKIA) and temporary (ASIA) AWS access key ids: 20 upper-case letters and digits.
const REAL_KEY = /Credential=((?:AKIA|ASIA)[A-Z0-9]{16})\//;

/**
 * The sandbox needs no real keys, and a client that signs with them has picked up the
 * student's AWS credentials by mistake. Refusing (AuthFailure, as AWS words a bad signature)
 * makes that mistake a failing test instead of real keys in a local log.
 */
export function realKeyRefusal(call: Pick<AwsCall, "protocol" | "service">, headers: IncomingHttpHeaders): Reply | undefined {
  const key = REAL_KEY.exec(String(headers.authorization ?? ""))?.[1];
  if (!key) return undefined;
  return awsError(call, 401, "AuthFailure", `The sandbox was called with a real-looking AWS access key (${key.slice(0, 4)}…${key.slice(-4)}); it accepts only its dummy keys (test/test). Check which credentials the client picked up.`);
}
