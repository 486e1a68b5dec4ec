/**
 * The sandbox account of a student: 12 digits derived from the user id (FNV-1a), so the same
 * student always lands in the same isolated sandbox account and two students practically never
 * share one. Never moto's default account 123456789012 (where unkeyed callers work).
 *
 * @example studentSandboxAccount("student-01") // a stable 12-digit string such as "4…"
 */
export function studentSandboxAccount(userId: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(userId)) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  // 100000000000 … 999999999999: always twelve digits, no leading zero.
  const account = (100_000_000_000n + (hash % 900_000_000_000n)).toString();
  return account === "123456789012" ? "123456789013" : account;
}

/** Whether `value` is a 12-digit AWS account id (the sandbox's per-student key). */
export const isAccountId = (value: string): boolean => /^\d{12}$/.test(value);
