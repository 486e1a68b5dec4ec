import "server-only";
import type { TargetKind } from "../../lib/actions/inputs";
import { sharedJournal } from "../engine/journal-instance";
import { resolveTarget } from "../engine/target";
import { scanOrphans } from "../cleanup/sweep-service";
import { confirmSweep, startConfirmedSweep } from "../confirm/sweep";

/** The one server function behind each sweep action (the actions only parse input), on the app's shared journal. */
export const sweepActions = {
  scan: (kind: TargetKind, region: string) => scanOrphans(sharedJournal(), resolveTarget(kind, region)),
  confirm: (kind: TargetKind, region: string, id: string) => confirmSweep(sharedJournal(), resolveTarget(kind, region), id),
  sweep: (kind: TargetKind, region: string, id: string, token?: string) => startConfirmedSweep(sharedJournal(), resolveTarget(kind, region), id, token),
};
