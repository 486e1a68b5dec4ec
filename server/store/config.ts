import "server-only";
import { dataDir } from "../util/project-root";

/**
 * Which store this process uses. Embedded (the default): SQLite files under `dataDir()`, no
 * server to install. Team mode: `VPCD_DATABASE_URL=postgres://…` puts designs, deployments,
 * the journal and timers in PostgreSQL, and deploys run as durable jobs in the same database.
 */
export type StoreConfig = { kind: "sqlite"; dir: string } | { kind: "postgres"; url: string };

/** Reads `VPCD_DATABASE_URL`; a value that is not a postgres:// URL is refused with what is allowed. */
export function storeConfig(env: NodeJS.ProcessEnv = process.env): StoreConfig {
  const url = env.VPCD_DATABASE_URL?.trim();
  if (!url) return { kind: "sqlite", dir: dataDir() };
  if (!/^postgres(ql)?:\/\/./.test(url)) {
    throw new Error(`VPCD_DATABASE_URL must be a PostgreSQL URL such as postgres://vpcd@127.0.0.1:5432/vpcd (got "${url.slice(0, 40)}"); unset it for the embedded SQLite store`);
  }
  return { kind: "postgres", url };
}

/** True when `VPCD_DATABASE_URL` selects PostgreSQL (team mode). */
export function isTeamMode(env: NodeJS.ProcessEnv = process.env): boolean {
  return storeConfig(env).kind === "postgres";
}
