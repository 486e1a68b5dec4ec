import "server-only";
import { randomBytes } from "node:crypto";
import type pg from "pg";
import { StepError } from "../aws/errors";
import { storeConfig } from "../store/config";
import { sharedPostgres } from "../store/postgres/database";
import { makeAuth, type Auth } from "./auth";

/** The team database's pool; refused (clearly) in the embedded mode, which has no accounts. */
export function teamPool(env: NodeJS.ProcessEnv = process.env): Promise<pg.Pool> {
  const config = storeConfig(env);
  if (config.kind !== "postgres") throw new StepError("NotTeamMode", "Accounts and classes need team mode: start the app with VPCD_DATABASE_URL=postgres://… (see `vpcd team init`).");
  return sharedPostgres(config.url);
}

/**
 * The secret that signs session cookies: `VPCD_AUTH_SECRET`, else one drawn at random the
 * first time and kept in the database, so every app instance of the class signs alike and a
 * restart keeps everyone signed in.
 */
export async function authSecret(pool: pg.Pool, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const fromEnv = env.VPCD_AUTH_SECRET?.trim();
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error("VPCD_AUTH_SECRET must be at least 32 characters (e.g. `openssl rand -base64 32`)");
    return fromEnv;
  }
  await pool.query("INSERT INTO team_settings (key, value) VALUES ('auth_secret', $1) ON CONFLICT (key) DO NOTHING", [randomBytes(32).toString("base64url")]);
  const { rows } = await pool.query<{ value: string }>("SELECT value FROM team_settings WHERE key = 'auth_secret'");
  return rows[0]!.value;
}

const holder = globalThis as { __vpcdAuth?: Promise<Auth> };

/** The process's better-auth instance on the team pool (Next may load this module twice; globalThis holds one). */
export function sharedAuth(): Promise<Auth> {
  holder.__vpcdAuth ??= (async () => {
    const pool = await teamPool();
    const baseURL = process.env.VPCD_PUBLIC_URL?.trim() || undefined;
    return makeAuth({ pool, secret: await authSecret(pool), ...(baseURL ? { baseURL } : {}) });
  })();
  holder.__vpcdAuth.catch(() => {
    holder.__vpcdAuth = undefined;
  });
  return holder.__vpcdAuth;
}
