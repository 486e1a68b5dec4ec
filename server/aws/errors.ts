import "server-only";
import type { StepErrorInfo } from "../../lib/deploy/types";

/** A step's failure with AWS's own error code, so people can look it up. */
export class StepError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly retryable = false,
  ) {
    super(message);
    this.name = "StepError";
  }
}

/** Throttling codes AWS uses (docs/aws-facts.md §8.5); safe to retry, the call did not happen. */
const THROTTLING = new Set(["RequestLimitExceeded", "Throttling", "ThrottlingException", "ThrottledException", "TooManyRequestsException", "RequestThrottled", "RequestThrottledException", "SlowDown", "PriorRequestNotComplete", "EC2ThrottledException"]);

const NETWORK = new Set(["ECONNRESET", "ECONNREFUSED", "EPIPE", "ETIMEDOUT", "ENOTFOUND", "EAI_AGAIN", "TimeoutError", "RequestTimeout", "AbortError_socket", "UND_ERR_SOCKET"]);

type AwsLikeError = { name?: string; code?: string; Code?: string; message?: string; $fault?: string; $metadata?: { httpStatusCode?: number } };

/** AWS's error code for anything thrown by the SDK, the network or our own code. */
export function errorCode(error: unknown): string {
  const e = (error ?? {}) as AwsLikeError;
  if (error instanceof StepError) return error.code;
  return e.Code ?? (e.name && e.name !== "Error" ? e.name : undefined) ?? e.code ?? "UnknownError";
}

export const isThrottling = (error: unknown): boolean => THROTTLING.has(errorCode(error));

/**
 * The request may or may not have taken effect: the connection broke, it timed out, or the
 * server answered 5xx. A create that ends this way must look for what it made before retrying.
 */
export function isAmbiguous(error: unknown): boolean {
  const e = (error ?? {}) as AwsLikeError;
  const status = e.$metadata?.httpStatusCode;
  if (status !== undefined && status >= 500 && !isThrottling(error)) return true;
  if (NETWORK.has(errorCode(error)) || NETWORK.has(e.code ?? "")) return true;
  return /socket hang up|ECONNRESET|other side closed|fetch failed|XML parse error|Unexpected end|Deserialization error/i.test(e.message ?? "") && status === undefined;
}

/** Eventual consistency: a resource created a moment ago is not visible yet (docs/aws-facts.md §8.3). */
export const isNotFound = (error: unknown): boolean => /NotFound$|NotFoundException$|\.NotFound|NatGatewayNotFound/.test(errorCode(error)) && !PERMANENT_NOT_FOUND.test(errorCode(error));

/** Missing things that will not appear by waiting: a wrong image, key pair or unknown instance type. */
const PERMANENT_NOT_FOUND = /^(InvalidAMIID|InvalidKeyPair|InvalidInstanceType|InvalidSnapshot)\./;

export const isAbort = (error: unknown): boolean => ["AbortError", "Aborted"].includes(errorCode(error)) || (error as Error)?.name === "AbortError";

/** AWS's answers meaning "something still depends on this": retry after naming the blocker (docs/aws-facts.md §8.2). */
const DEPENDENCY = new Set(["DependencyViolation", "InvalidGroup.InUse", "ResourceInUse", "ResourceInUseException", "InvalidIPAddress.InUse", "InvalidNetworkInterface.InUse"]);

/** AWS refused because something still depends on the resource. */
export const isDependency = (error: unknown): boolean => DEPENDENCY.has(errorCode(error));

/** The resource is already gone (deleted outside the app or by an earlier cleanup): a delete counts as done. */
export function isGone(error: unknown): boolean {
  const code = errorCode(error);
  return isNotFound(error) || code === "Gateway.NotAttached" || code === "InvalidAssociationID.NotFound";
}

/** Runs an AWS call; a "not found" answer means the work is already done. */
export async function unlessGone<T>(call: () => Promise<T>): Promise<T | "gone"> {
  try {
    return await call();
  } catch (error) {
    if (isGone(error)) return "gone";
    throw error;
  }
}

/**
 * Credentials that expired, are missing or are not allowed: waiting will not fix them, so a
 * wait or a retry loop ends the step at once with advice (docs/aws-facts.md §8.6).
 */
const CREDENTIALS = new Set(["ExpiredToken", "ExpiredTokenException", "RequestExpired", "InvalidClientTokenId", "AuthFailure", "UnrecognizedClientException", "SignatureDoesNotMatch", "CredentialsProviderError", "InvalidAccessKeyId", "MissingAuthenticationToken", "TokenProviderError"]);
const DENIED = new Set(["AccessDenied", "AccessDeniedException", "UnauthorizedOperation", "Blocked", "OptInRequired"]);

export const isCredentialsProblem = (error: unknown): boolean => CREDENTIALS.has(errorCode(error)) || /could not load credentials|credential.*expired/i.test((error as Error)?.message ?? "");
export const isAccessDenied = (error: unknown): boolean => DENIED.has(errorCode(error));

/** Errors that no amount of waiting or retrying fixes: the step ends now, with what to do. */
export function fatalForWaiting(error: unknown): StepError | undefined {
  const code = errorCode(error);
  const said = (error as Error)?.message ?? code;
  if (isCredentialsProblem(error)) return new StepError(code, `${said} — the AWS credentials are missing or expired: sign in again (for SSO: aws sso login), then resume the deployment.`);
  if (isAccessDenied(error)) return new StepError(code, `${said} — these credentials may not do this: ask for the permission (or use another profile), then resume.`);
  return undefined;
}

/** The journal's record of a failure. */
export function toErrorInfo(error: unknown): StepErrorInfo {
  const code = errorCode(error);
  const message = (error as Error)?.message || code;
  const retryable = error instanceof StepError ? error.retryable : isThrottling(error) || isAmbiguous(error) || isNotFound(error) || isAbort(error);
  return { code, message, retryable };
}
