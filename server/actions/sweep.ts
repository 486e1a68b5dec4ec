import "server-only";
import type { SweepScope } from "../cleanup/sweep-across";
import { workRunner } from "../work";

/**
 * The one server function behind each sweep action (the actions only parse input and ask
 * server/class/read-scope.ts which accounts the viewer's sweep covers), through the app's work
 * runner. Confirm and delete act in the account that holds the group, found by a rescan.
 */
export const sweepActions = {
  scan: async (scopes: SweepScope[]) => (await workRunner()).scanOrphans(scopes),
  confirm: async (scopes: SweepScope[], id: string) => (await workRunner()).confirmSweep(scopes, id),
  sweep: async (scopes: SweepScope[], id: string, token?: string) => (await workRunner()).sweep(scopes, id, token),
};
