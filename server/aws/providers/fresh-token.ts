import "server-only";
import type { ProviderContext } from "./types";

/** How many dead answers in a row are replaced before giving up: a few terminations, not a loop. */
const MAX_GENERATIONS = 4;

/**
 * Calls a create with the step's ClientToken; when AWS answers with the resource that token
 * made earlier (AWS repeats the original answer, so `isDeadNow` looks at the resource as it is
 * now) and it has since died (terminated out of band, a failed NAT), calls again with
 * the next token of a fixed sequence (`<token>`, `<token>.1`, `<token>.2`, …). The sequence is
 * deterministic, so a retry or a resume walks the same tokens and adopts the live resource a
 * lost attempt made, instead of creating another (docs/aws-facts.md §7.3).
 */
export async function withFreshToken<T>(ctx: ProviderContext, isDeadNow: (made: T) => Promise<boolean>, create: (token: string) => Promise<T>): Promise<T> {
  let made = await create(ctx.clientToken);
  for (let generation = 1; generation < MAX_GENERATIONS && (await isDeadNow(made)); generation++) {
    made = await create(`${ctx.clientToken.slice(0, 60)}.${generation}`);
  }
  return made;
}
