import "server-only";
import { createHash } from "node:crypto";

/**
 * A ClientToken from deployment id and step id: the same step of the same deployment always
 * sends the same token, so a retry after a lost response (or a resume after a crash) gets the
 * original resource back instead of a second one. AWS allows at most 64 ASCII characters.
 */
export function clientToken(deploymentId: string, stepId: string): string {
  return `vpcd-${createHash("sha256").update(`${deploymentId}\u0000${stepId}`).digest("hex").slice(0, 48)}`;
}
