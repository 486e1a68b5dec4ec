import "server-only";
import { currentSandboxAccount } from "../accounts";

/**
 * Where the data plane reads moto: one sandbox account (undefined = moto's default account)
 * in one region. Each account that launched a workload is read on its own, so a student's lab
 * in their own sandbox account runs like one in the default account (docs/moto-notes.md §10),
 * and a call that changes one account re-reads only that account.
 */
export type Scope = { account?: string; region: string };

/** The map key of a scope: `ap-northeast-2` (default account) or `412345678901/ap-northeast-2`. */
export function scopeKey(scope: Scope): string {
  return scope.account ? `${scope.account}/${scope.region}` : scope.region;
}

/** The scope of the AWS call being handled in `region` (its account from the caller's access key). */
export function callScope(region: string): Scope {
  const account = currentSandboxAccount();
  return account ? { account, region } : { region };
}
