import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type pg from "pg";
import { confirmRefusal, type ConfirmBinding } from "../../lib/confirm";
import { CONFIRM_KEEP_MS, CONFIRM_TTL_MS, refusalAfterSpending, type ConfirmationStore } from "./token-store";

/** What the table keeps instead of the token: its SHA-256, hex. */
export const tokenHash = (token: string): string => createHash("sha256").update(token).digest("hex");

/**
 * Team mode's confirmation store: the `confirm_tokens` table (migration `*_confirm-tokens.sql`),
 * shared by every app instance, so a token issued by one instance is accepted by another. Only
 * the token's hash is stored. Expiry is on the database clock (`now()`), both when issuing and
 * when redeeming, so instances with drifting clocks agree. Single use is one conditional UPDATE
 * (`used_at IS NULL`): of two instances redeeming the same token at once, exactly one spends it.
 * The refusals and their wording are the memory store's (`lib/confirm` `confirmRefusal`).
 * `pool` is a function so the shared store can open its pool on first use.
 */
export function makePostgresConfirmationStore(pool: () => Promise<pg.Pool> | pg.Pool, options: { random?: (bytes: number) => Buffer; ttlMs?: number } = {}): ConfirmationStore {
  const random = options.random ?? randomBytes;
  const ttlMs = options.ttlMs ?? CONFIRM_TTL_MS;
  return {
    async issue(binding) {
      const db = await pool();
      // Opportunistic cleanup: rows an hour past expiry can only answer "unknown" now anyway.
      await db.query("DELETE FROM confirm_tokens WHERE expires_at < now() - $1 * interval '1 millisecond'", [CONFIRM_KEEP_MS]);
      const token = random(32).toString("base64url");
      const { rows } = await db.query<{ expires_ms: number }>(
        `INSERT INTO confirm_tokens (hash, binding, expires_at) VALUES ($1, $2, now() + $3 * interval '1 millisecond')
         RETURNING (extract(epoch FROM expires_at) * 1000)::bigint AS expires_ms`,
        [tokenHash(token), JSON.stringify({ ...binding }), ttlMs],
      );
      return { token, expiresAt: rows[0].expires_ms };
    },
    async redeem(token, current) {
      const db = await pool();
      const hash = tokenHash(token);
      const spent = await db.query<{ binding: ConfirmBinding; is_expired: boolean }>(
        "UPDATE confirm_tokens SET used_at = now() WHERE hash = $1 AND used_at IS NULL RETURNING binding, now() >= expires_at AS is_expired",
        [hash],
      );
      const row = spent.rows[0];
      if (row) return refusalAfterSpending(row.binding, row.is_expired, current, ttlMs);
      const known = await db.query("SELECT 1 FROM confirm_tokens WHERE hash = $1", [hash]);
      return confirmRefusal(known.rowCount ? "used" : "unknown", { action: current.action });
    },
  };
}
