import "server-only";
import { randomBytes } from "node:crypto";
import { compareBinding, confirmRefusal, type ConfirmBinding, type ConfirmRefusal } from "../../lib/confirm";

/** How long a confirmation stays valid: long enough to read the dialog, short enough that its facts are still true. */
export const CONFIRM_TTL_MS = 10 * 60_000;

type Issued = { binding: ConfirmBinding; expiresAt: number; usedAt?: number };

export type ConfirmationStore = {
  /** A fresh, unguessable token for what was confirmed, valid for `CONFIRM_TTL_MS`. */
  issue(binding: ConfirmBinding): { token: string; expiresAt: number };
  /**
   * Uses a token up: null when it was issued here, is unused, unexpired and its binding equals
   * `current`; otherwise the refusal. Any attempt spends the token, so a refused one cannot be
   * tried again with other facts.
   */
  redeem(token: string, current: ConfirmBinding): ConfirmRefusal | null;
};

/**
 * The server's record of confirmations, in memory: a restart forgets them, which only means
 * confirming again. Tokens are 32 random bytes (base64url); `now` and `random` are parameters so
 * tests can move the clock. Used and expired tokens are remembered until an hour past expiry, so
 * the refusal can say "already used" or "expired" rather than "unknown".
 */
export function makeConfirmationStore(options: { now?: () => number; random?: (bytes: number) => Buffer; ttlMs?: number } = {}): ConfirmationStore {
  const now = options.now ?? Date.now;
  const random = options.random ?? randomBytes;
  const ttlMs = options.ttlMs ?? CONFIRM_TTL_MS;
  const issued = new Map<string, Issued>();
  const forget = (at: number) => {
    for (const [token, entry] of issued) if (entry.expiresAt + 3_600_000 < at) issued.delete(token);
  };
  return {
    issue(binding) {
      const at = now();
      forget(at);
      const token = random(32).toString("base64url");
      const expiresAt = at + ttlMs;
      issued.set(token, { binding: { ...binding }, expiresAt });
      return { token, expiresAt };
    },
    redeem(token, current) {
      const at = now();
      const entry = issued.get(token);
      if (!entry) return confirmRefusal("unknown", { action: current.action });
      if (entry.usedAt !== undefined) return confirmRefusal("used", { action: current.action });
      entry.usedAt = at;
      if (at >= entry.expiresAt) return confirmRefusal("expired", { minutes: Math.round(ttlMs / 60_000), action: current.action });
      return compareBinding(entry.binding, current);
    },
  };
}

/** The process's one store, on `globalThis` so every bundled copy of this module (actions, CLI) shares it. */
export function sharedConfirmations(): ConfirmationStore {
  const holder = globalThis as { __vpcdConfirmations?: ConfirmationStore };
  return (holder.__vpcdConfirmations ??= makeConfirmationStore());
}
