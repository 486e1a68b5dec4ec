import { z } from "zod";

/**
 * Invite codes are read aloud in a classroom and typed from a projector: eight letters and
 * digits from Crockford's alphabet (no I, L, O or U to mistake for 1, 1, 0 or V), shown as
 * two groups, `K7QM-3XD9`. 32^8 ≈ 10^12 codes: guessing one is not a way into a class.
 */
export const INVITE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const CODE_LENGTH = 8;

/**
 * The code for eight random bytes (the caller supplies them: lib/ does no randomness).
 *
 * @example formatInviteCode(new Uint8Array(8)) === "0000-0000"
 */
export function formatInviteCode(bytes: Uint8Array): string {
  if (bytes.length < CODE_LENGTH) throw new Error(`formatInviteCode needs ${CODE_LENGTH} random bytes`);
  const chars = Array.from(bytes.slice(0, CODE_LENGTH), (b) => INVITE_ALPHABET[b % 32]);
  return `${chars.slice(0, 4).join("")}-${chars.slice(4).join("")}`;
}

/**
 * What a person typed, as the stored code: case, spaces and the dash do not matter, and the
 * look-alikes a reader confuses (O→0, I/L→1) are read as Crockford does.
 *
 * @example normalizeInviteCode(" k7qm 3xd9 ") === "K7QM-3XD9"
 */
export function normalizeInviteCode(typed: string): string {
  const plain = typed.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
  return plain.length === CODE_LENGTH ? `${plain.slice(0, 4)}-${plain.slice(4)}` : plain;
}

/** An invite code as typed; parses to the normalised form or names what is allowed. */
export const InviteCodeSchema = z
  .string()
  .max(40, "an invite code is 8 letters and digits, like K7QM-3XD9")
  .transform(normalizeInviteCode)
  .pipe(z.string().regex(new RegExp(`^[${INVITE_ALPHABET}]{4}-[${INVITE_ALPHABET}]{4}$`), "an invite code is 8 letters and digits, like K7QM-3XD9"));
