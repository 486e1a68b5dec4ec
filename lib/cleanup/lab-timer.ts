import type { LiveText } from "../live/text";

/**
 * An auto-cleanup timer for a lab deployment: "delete in 2 h". A timer stays until a cleanup it
 * started is verified: `attempts` counts the timed cleanups that ran and `lastError` says why
 * the last one did not finish (it is retried); `why` says the same as a `live` message, for the
 * reader's language (lib/cleanup/timer-why.ts).
 */
export type LabTimer = { deploymentId: string; dueAt: number; setAt: number; attempts?: number; lastError?: string; why?: LiveText };
