import "server-only";
import { betterAuth } from "better-auth";
import { nextCookies } from "better-auth/next-js";
import type pg from "pg";

/**
 * better-auth's tables, created by our own migration (server/store/postgres/migrations/
 * *_accounts.sql), never at run time: every app instance starts on a schema node-pg-migrate
 * already holds. The `auth_` prefix keeps them apart from the journal's tables (and from
 * PostgreSQL's reserved word `user`).
 */
export const AUTH_TABLES = { user: "auth_user", session: "auth_session", account: "auth_account", verification: "auth_verification" } as const;

/** A student's session lasts a bootcamp week; it is refreshed once a day while used. */
const SESSION_SECONDS = 7 * 24 * 3600;

export type AuthOptions = { pool: pg.Pool; secret: string; baseURL?: string };

/**
 * Email + password accounts with sessions in the team database (better-auth on the app's pg
 * pool). `nextCookies()` lets a server action's sign-in set the session cookie. Telemetry is
 * off: a class server talks to nobody but its database and AWS.
 */
export function makeAuth({ pool, secret, baseURL }: AuthOptions) {
  return betterAuth({
    database: pool,
    secret,
    ...(baseURL ? { baseURL } : {}),
    emailAndPassword: { enabled: true, autoSignIn: true, minPasswordLength: 8, maxPasswordLength: 128 },
    user: { modelName: AUTH_TABLES.user },
    session: { modelName: AUTH_TABLES.session, expiresIn: SESSION_SECONDS, updateAge: 24 * 3600 },
    account: { modelName: AUTH_TABLES.account },
    verification: { modelName: AUTH_TABLES.verification },
    telemetry: { enabled: false },
    // Warnings (a base URL derived from the request, a wrong password) are normal operation here.
    logger: { level: "error" },
    plugins: [nextCookies()],
  });
}

export type Auth = ReturnType<typeof makeAuth>;
