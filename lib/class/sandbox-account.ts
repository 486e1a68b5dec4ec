/**
 * Each student of a class gets an isolated account in the sandbox. moto keeps accounts
 * apart by the account id of each request (docs/aws-facts.md §Sandbox accounts); the app
 * names a student's account by the access key it signs with, and the sandbox's fidelity layer
 * reads the account back from that key. One mapping, used by both sides:
 *
 *   student → n (the database's sequence) → 12-digit account id → access key id
 */

/** moto's own account: every request without a student's key lands here (the embedded default). */
export const DEFAULT_SANDBOX_ACCOUNT = "123456789012";

/** Students' accounts start here, well away from moto's default and AWS's documentation examples. */
const FIRST_STUDENT_ACCOUNT = 210_000_000_001;
const KEY_PREFIX = "SANDBOX";

/**
 * The sandbox account of the n-th student (n from 1).
 *
 * @example sandboxAccountId(1) === "210000000001"
 */
export function sandboxAccountId(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 700_000_000_000) throw new Error(`sandboxAccountId: n must be a positive integer (got ${n})`);
  return String(FIRST_STUDENT_ACCOUNT + n - 1);
}

/**
 * The access key id a sandbox client signs with to act in `accountId`. Not a real AWS key
 * shape (those start AKIA/ASIA, which the sandbox refuses): it cannot be mistaken for one.
 *
 * @example sandboxAccessKeyId("210000000001") === "SANDBOX210000000001"
 */
export function sandboxAccessKeyId(accountId: string): string {
  if (!/^\d{12}$/.test(accountId)) throw new Error(`sandboxAccessKeyId: an account id is 12 digits (got ${accountId})`);
  return `${KEY_PREFIX}${accountId}`;
}

/**
 * The account a sandbox access key id acts in, or undefined for any other key (`test`,
 * moto's default account).
 *
 * @example sandboxAccountOfKey("SANDBOX210000000001") === "210000000001"
 */
export function sandboxAccountOfKey(accessKeyId: string): string | undefined {
  const match = /^SANDBOX(\d{12})$/.exec(accessKeyId);
  return match?.[1];
}
