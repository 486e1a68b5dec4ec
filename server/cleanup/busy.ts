import "server-only";
import { isRunning as isDeploying } from "../engine/deployments";
import { sharedJournal } from "../engine/journal-instance";
import { isCleaning } from "./service";

/**
 * The deployments this installation is working on now: being deployed (here or by a CLI on
 * this machine) or cleaned up in this process. The sweep never offers them for deletion.
 */
export function busyDeployments(ids: Iterable<string>): Set<string> {
  const journal = sharedJournal();
  const busy = new Set<string>();
  for (const id of ids) {
    const row = journal.getDeployment(id);
    if (isCleaning(id) || (row && isDeploying(row))) busy.add(id);
  }
  return busy;
}
