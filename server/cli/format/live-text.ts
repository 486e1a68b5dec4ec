import "server-only";
import type { LiveText } from "../../../lib/live/text";
import { english } from "../../util/english";

/**
 * A live message in English for the terminal, from the same table the browser's English
 * catalogue holds (the browser words it in the reader's language instead).
 */
export const formatLiveText = (text: LiveText): string => english(text);

/** Several facts on one line, as the terminal shows them. */
export const formatFacts = (facts: readonly LiveText[] | undefined): string => (facts ?? []).map(formatLiveText).join(" · ");
