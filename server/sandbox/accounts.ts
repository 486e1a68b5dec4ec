import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import type { IncomingHttpHeaders } from "node:http";

/**
 * Separate sandbox accounts, one per student: a caller that signs with a 12-digit access key
 * id works in the moto account of that number. moto picks the account of a request from its
 * `x-moto-account-id` header (before the access key, which it maps only for keys its IAM
 * issued); the layer sets that header on what it forwards and on its own lookups during the
 * call, so the fidelity rules see the caller's account too (docs/moto-notes.md §10). Any other key (the usual
 * `test`) is moto's default account, as before.
 */
export const ACCOUNT_HEADER = "x-moto-account-id";

const ACCOUNT_KEY = /Credential=(\d{12})\//;
const current = new AsyncLocalStorage<string>();

/** The sandbox account a request signs for, if its access key id is a 12-digit account id. */
export function sandboxAccountOf(headers: IncomingHttpHeaders): string | undefined {
  return ACCOUNT_KEY.exec(String(headers.authorization ?? ""))?.[1];
}

/**
 * Runs `fn` with `account` as the account of every moto call the layer makes meanwhile;
 * undefined is moto's default account, explicitly, so work started from inside a student's
 * call (the data plane's background readings) never inherits that student's account.
 */
export function inSandboxAccount<T>(account: string | undefined, fn: () => T): T {
  return current.run(account ?? "", fn);
}

/** The sandbox account of the call being handled (undefined: moto's default account). */
export function currentSandboxAccount(): string | undefined {
  return current.getStore() || undefined;
}

/** The header for the layer's own moto calls in the current account (none: the default one). */
export function accountHeader(): Record<string, string> {
  const account = current.getStore();
  return account ? { [ACCOUNT_HEADER]: account } : {};
}
