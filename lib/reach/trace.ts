import type { Blocker, Hop, HopKind, ReachAnswer, ReachParams } from "./types";

/**
 * Collects hops while a path is walked. Each check either `pass`es (adds a hop and returns
 * true) or `block`s (adds the blocked hop, records the blocker, returns false), so a walker
 * reads as `ok = ok && check()` and stops at the first blocker.
 */
export class Trace {
  readonly hops: Hop[] = [];
  blocker: Blocker | null = null;

  constructor(readonly via: string = "direct") {}

  pass(entityId: string, kind: HopKind, key: string, params: ReachParams = {}): true {
    this.hops.push({ entityId, kind, key, params, isBlocked: false });
    return true;
  }

  block(entityId: string, kind: HopKind, code: string, key: string, params: ReachParams = {}): false {
    this.hops.push({ entityId, kind, key, params, isBlocked: true });
    this.blocker = { entityId, kind, code, key, params };
    return false;
  }

  /** The verdict comes only from whether a blocker was recorded, never from a separate flag. */
  answer(): ReachAnswer {
    return { verdict: this.blocker ? "blocked" : "reachable", via: this.via, path: this.hops, blockedAt: this.blocker };
  }
}
