import "server-only";

/** The kinds of background work this process runs for a deployment (or a swept tag group). */
export type RunKind = "deployment" | "cleanup" | "sweep";

type Registry = Record<RunKind, Map<string, unknown>>;

/**
 * One place for what runs in this process: the deploy walks, cleanups and sweeps, each by
 * deployment id. It lives on `globalThis` so every copy of a module Next.js bundles (server
 * actions, route handlers, instrumentation, a dev reload) sees the same runs; what other
 * processes run is told by the journal's runner pid instead.
 */
const registry: Registry = ((globalThis as { __vpcdRuns?: Registry }).__vpcdRuns ??= { deployment: new Map(), cleanup: new Map(), sweep: new Map() });

/** The runs of one kind, by deployment id. Each owner module stores its own run shape. */
export function runsOf<T>(kind: RunKind): Map<string, T> {
  return registry[kind] as Map<string, T>;
}

