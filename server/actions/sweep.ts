import "server-only";
import type { TargetKind } from "../../lib/actions/inputs";
import { sharedJournal } from "../engine/journal-instance";
import { resolveTarget } from "../engine/target";
import { scanOrphans, startSweep } from "../cleanup/sweep-service";

/** The one server function behind each sweep action (the actions only parse input), on the app's shared journal. */
export const sweepActions = {
  scan: (kind: TargetKind, region: string) => scanOrphans(sharedJournal(), resolveTarget(kind, region)),
  sweep: (kind: TargetKind, region: string, id: string) => startSweep(sharedJournal(), resolveTarget(kind, region), id),
};
