import "server-only";
import { storeConfig } from "../store/config";
import { openTeam, type Team } from "./team";

const holder = globalThis as { __vpcdTeam?: Promise<Team> };

/**
 * This process's team-mode handle (store + queue), opened once on first use; undefined in the
 * embedded mode. App code (server actions, route handlers) enqueues and reads through it.
 */
export function sharedTeam(): Promise<Team> | undefined {
  const config = storeConfig();
  if (config.kind !== "postgres") return undefined;
  if (!holder.__vpcdTeam) {
    holder.__vpcdTeam = openTeam(config.url, { applicationName: "vpcd-app" });
    holder.__vpcdTeam.catch(() => (holder.__vpcdTeam = undefined));
  }
  return holder.__vpcdTeam;
}
