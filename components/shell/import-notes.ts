import type { ImportNote } from "../../lib/interop/notes";
import { withParticles } from "../../lib/i18n/particles";

/** The part of a next-intl translator this needs (the `designer.importAws` namespace). */
export type Translate = { (key: string, values?: Record<string, string | number>): string; has(key: string): boolean };

/**
 * One import note in the reader's language, from `designer.importAws.notes.<code>` with the
 * note's parameters; a code the catalogue does not know yet falls back to the English line.
 */
export function noteText(t: Translate, note: ImportNote): string {
  const key = `notes.${note.code}`;
  return t.has(key) ? t(key, withParticles(note.params)) : note.text;
}
