"use server";
import { headers } from "next/headers";
import { invalidInput, type ActionResult } from "../../lib/actions/result";
import { DesignHistoryInputSchema, OpenDesignInputSchema, SaveDesignInputSchema, type DesignSummary, type DesignVersionInfo, type OpenedDesign } from "../../lib/designs";
import { requireViewer } from "../../server/accounts/session";
import { asAction, loadSentDesign } from "../../server/actions/run-action";
import { designHistoryFor, listDesignsFor, openDesignFor, saveDesignFor } from "../../server/designs";

/** Saves a new version of the signed-in user's design (team mode); a stale `baseVersion` is `conflict:design`. */
export async function saveDesignAction(input: unknown): Promise<ActionResult<DesignVersionInfo>> {
  const parsed = SaveDesignInputSchema.safeParse(input);
  if (!parsed.success) return invalidInput("design", parsed.error);
  const loaded = loadSentDesign(parsed.data.design);
  if (!loaded.ok) return loaded.result;
  return asAction("design", async () => saveDesignFor(await requireViewer(await headers()), { ...parsed.data, design: loaded.design }));
}

/** "My designs": the signed-in student's designs (an instructor: their class's), newest first. */
export async function listDesignsAction(): Promise<ActionResult<DesignSummary[]>> {
  return asAction("design", async () => listDesignsFor(await requireViewer(await headers())));
}

/** Opens a saved design's newest version, or the one asked for. */
export async function openDesignAction(input: unknown): Promise<ActionResult<OpenedDesign>> {
  const parsed = OpenDesignInputSchema.safeParse(input);
  if (!parsed.success) return invalidInput("design", parsed.error);
  return asAction("design", async () => openDesignFor(await requireViewer(await headers()), parsed.data));
}

/** Every version of a saved design, newest first. */
export async function designHistoryAction(input: unknown): Promise<ActionResult<DesignVersionInfo[]>> {
  const parsed = DesignHistoryInputSchema.safeParse(input);
  if (!parsed.success) return invalidInput("design", parsed.error);
  return asAction("design", async () => designHistoryFor(await requireViewer(await headers()), parsed.data));
}
