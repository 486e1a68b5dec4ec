import "server-only";
import { errorCode, isNotFound } from "./errors";

/** AWS's answers meaning "something still depends on this": retry after naming the blocker. */
const DEPENDENCY = new Set(["DependencyViolation", "InvalidGroup.InUse", "ResourceInUse", "ResourceInUseException", "InvalidIPAddress.InUse", "InvalidNetworkInterface.InUse"]);

/** The resource is already gone (deleted outside the app or by an earlier cleanup): counts as deleted. */
export function isGone(error: unknown): boolean {
  const code = errorCode(error);
  return isNotFound(error) || code === "Gateway.NotAttached" || code === "InvalidAssociationID.NotFound";
}

/** AWS refused because something still depends on the resource. */
export function isDependency(error: unknown): boolean {
  return DEPENDENCY.has(errorCode(error));
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
