import "server-only";
import type { DeploymentRow } from "../journal";
import { sandboxGoneMessage, sandboxPresence } from "../live/sandbox-presence";

/**
 * Says in words, before any AWS call, that the sandbox holding a deployment has stopped (the
 * call would otherwise end in a bare ECONNREFUSED). True when it has: the caller exits 1.
 */
export async function reportGoneSandbox(command: string, row: DeploymentRow): Promise<boolean> {
  if ((await sandboxPresence(row.target)) !== "gone") return false;
  console.error(`vpcd ${command}: ${sandboxGoneMessage(row.id, row.target.endpoint!)}`);
  return true;
}
