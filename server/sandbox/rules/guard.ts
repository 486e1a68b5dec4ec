import "server-only";
import type { Reply } from "../aws-errors";
import { forward, type CallContext, type Handler } from "../context";

/** A check that refuses a call the way AWS would (an error reply), or lets it pass (undefined). */
export type Check = (ctx: CallContext) => Reply | undefined | Promise<Reply | undefined>;

/**
 * Runs `checks` in order before `next` (moto, by default): the first refusal is the answer and
 * moto never sees the call, as AWS validates input before it acts.
 */
export function guarded(checks: Check[], next: Handler = forward): Handler {
  return async (ctx) => {
    for (const check of checks) {
      const refusal = await check(ctx);
      if (refusal) return refusal;
    }
    return next(ctx);
  };
}
