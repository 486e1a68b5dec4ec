"use client";
import type { Design } from "../../lib/design/schema";
import { textHash } from "./text-hash";

export const SEAL_KEY = "vpcd:design-seal";

/**
 * Which build of the app wrote a seal (next.config.js inlines a stamp per build). A seal from
 * another build is ignored: the schema may have changed since, so that text is parsed in full.
 */
const BUILD = process.env.VPCD_BUILD_STAMP ?? "dev";

const sealOf = (text: string) => `${BUILD}|${textHash(text)}`;

/**
 * Records that this exact autosave text is a valid document for this build: either the app
 * serialised it from its own (already valid) in-memory design, or the text went through
 * `migrate` and came out unchanged. Written after the text itself, so a half-finished save
 * leaves a seal that no longer matches and the next load parses in full.
 */
export function sealSavedText(text: string): void {
  try {
    window.localStorage.setItem(SEAL_KEY, sealOf(text));
  } catch {
    // Storage full: the next load simply parses the text in full.
  }
}

/**
 * The autosaved design without running the schema over it again, when the seal says this build
 * already checked this very text; null otherwise (the caller then loads it through `migrate`,
 * as any file). Reopening a 2,000-resource design otherwise spent about a tenth of a second in
 * the schema and fetched the schema library before the first render, to re-check the app's own
 * output. Only the browser's own save is trusted so; every server action parses what it receives.
 */
export function readSealedDesign(text: string): Design | null {
  let seal: string | null = null;
  try {
    seal = window.localStorage.getItem(SEAL_KEY);
  } catch {
    return null;
  }
  if (seal === null || seal !== sealOf(text)) return null;
  try {
    return JSON.parse(text) as Design;
  } catch {
    return null;
  }
}

/**
 * Seals a text that `migrate` accepted when the parsed design serialises back to the very same
 * text (no defaults filled in, nothing stripped), so trusting `JSON.parse` of it next time gives
 * exactly the document the schema would have given.
 */
export function sealIfUnchanged(text: string, parsed: Design, serialise: (design: Design) => string): void {
  if (serialise(parsed) === text) sealSavedText(text);
}
