import "server-only";
import { storeConfig } from "../store/config";
import { sharedPostgres } from "../store/postgres/database";
import { makePostgresConfirmationStore } from "./pg-token-store";
import { makeConfirmationStore, type ConfirmationStore } from "./token-store";

/**
 * The process's one store, chosen here and only here: in team mode (`VPCD_DATABASE_URL`) the
 * PostgreSQL table every app instance shares, because the confirm request and the action that
 * follows may reach different instances; otherwise memory. On `globalThis` so every bundled copy
 * of this module (actions, CLI) shares it.
 */
export function sharedConfirmations(): ConfirmationStore {
  const holder = globalThis as { __vpcdConfirmations?: ConfirmationStore };
  if (holder.__vpcdConfirmations) return holder.__vpcdConfirmations;
  const config = storeConfig();
  holder.__vpcdConfirmations = config.kind === "postgres" ? makePostgresConfirmationStore(() => sharedPostgres(config.url)) : makeConfirmationStore();
  return holder.__vpcdConfirmations;
}
