import "server-only";
import { randomBytes } from "node:crypto";
import { compareBinding, confirmRefusal, type ConfirmBinding, type ConfirmRefusal } from "../../lib/confirm";

/** How long a confirmation stays valid: long enough to read the dialog, short enough that its facts are still true. */
export const CONFIRM_TTL_MS = 10 * 60_000;

/** Used and expired tokens are remembered this long past expiry, so the refusal can say "used" or "expired" rather than "unknown". */
export const CONFIRM_KEEP_MS = 3_600_000;

type Awaitable<T> = T | Promise<T>;

/**
 * The server's record of confirmations. The memory store answers at once; the team-mode store
 * (PostgreSQL) answers with a promise, so callers always `await`.
 */
export type ConfirmationStore = {
  /** A fresh, unguessable token for what was confirmed, valid for `CONFIRM_TTL_MS`. */
  issue(binding: ConfirmBinding): Awaitable<{ token: string; expiresAt: number }>;
  /**
   * Uses a token up: null when it was issued by this store, is unused, unexpired and its binding
   * equals `current`; otherwise the refusal. Any attempt spends the token, so a refused one
   * cannot be tried again with other facts.
   */
  redeem(token: string, current: ConfirmBinding): Awaitable<ConfirmRefusal | null>;
};

/** The memory store's answers are immediate (the unit tests read them without awaiting). */
export type MemoryConfirmationStore = {
  issue(binding: ConfirmBinding): { token: string; expiresAt: number };
  redeem(token: string, current: ConfirmBinding): ConfirmRefusal | null;
};

type Issued = { binding: ConfirmBinding; expiresAt: number; usedAt?: number };

/** The refusal for a token found unused: expired, or the binding compared with `current`. */
export function refusalAfterSpending(binding: ConfirmBinding, isExpired: boolean, current: ConfirmBinding, ttlMs: number): ConfirmRefusal | null {
  if (isExpired) return confirmRefusal("expired", { minutes: Math.round(ttlMs / 60_000), action: current.action });
  return compareBinding(binding, current);
}

/**
 * The embedded mode's store, in memory: a restart forgets it, which only means confirming
 * again. Tokens are 32 random bytes (base64url); `now` and `random` are parameters so tests can
 * move the clock.
 */
export function makeConfirmationStore(options: { now?: () => number; random?: (bytes: number) => Buffer; ttlMs?: number } = {}): MemoryConfirmationStore {
  const now = options.now ?? Date.now;
  const random = options.random ?? randomBytes;
  const ttlMs = options.ttlMs ?? CONFIRM_TTL_MS;
  const issued = new Map<string, Issued>();
  const forget = (at: number) => {
    for (const [token, entry] of issued) if (entry.expiresAt + CONFIRM_KEEP_MS < at) issued.delete(token);
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
      return refusalAfterSpending(entry.binding, at >= entry.expiresAt, current, ttlMs);
    },
  };
}
