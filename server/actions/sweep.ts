import "server-only";
import { sharedJournal } from "../engine/journal-instance";
import { scanAcross, targetHolding, type SweepScope } from "../cleanup/sweep-across";
import { confirmSweep, startConfirmedSweep } from "../confirm/sweep";

/**
 * The one server function behind each sweep action (the actions only parse input and ask
 * server/class/read-scope.ts which accounts the viewer's sweep covers), on the app's shared
 * journal. Confirm and delete act in the account that holds the group, found by a rescan.
 */
export const sweepActions = {
  scan: (scopes: SweepScope[]) => scanAcross(sharedJournal(), scopes),
  confirm: async (scopes: SweepScope[], id: string) => confirmSweep(sharedJournal(), await targetHolding(sharedJournal(), scopes, id), id),
  sweep: async (scopes: SweepScope[], id: string, token?: string) => startConfirmedSweep(sharedJournal(), await targetHolding(sharedJournal(), scopes, id), id, token),
};
