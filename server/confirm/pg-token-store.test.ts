import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConfirmBinding } from "../../lib/confirm";
import { openPostgres, sharedPostgres } from "../store/postgres/database";
import { usePostgres } from "../testing/postgres-harness";
import { makePostgresConfirmationStore, tokenHash } from "./pg-token-store";
import { sharedConfirmations } from "./shared-store";
import { makeConfirmationStore } from "./token-store";

const binding: ConfirmBinding = { action: "deploy", accountId: "111122223333", region: "ap-northeast-2", subject: "design:abc", usdPerHour: 0.1234 };

describe("team mode's confirmation tokens in PostgreSQL", () => {
  const pg = usePostgres();
  let url: string;
  // Two pools on one database stand for two app instances.
  let first: pg.Pool;
  let second: pg.Pool;
  beforeAll(async () => {
    url = await pg.server.createDatabase();
    first = await openPostgres(url, { max: 2 });
    second = await openPostgres(url, { max: 2 });
  });
  afterAll(async () => {
    await first?.end();
    await second?.end();
  });

  it("accepts a token issued by one instance once on another, then refuses it as used", async () => {
    const issuer = makePostgresConfirmationStore(() => first);
    const other = makePostgresConfirmationStore(() => second);
    const before = Date.now();
    const { token, expiresAt } = await issuer.issue(binding);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // The database clock and this one agree to well within a minute on one machine.
    expect(Math.abs(expiresAt - (before + 10 * 60_000))).toBeLessThan(60_000);
    expect(await other.redeem(token, { ...binding })).toBeNull();
    expect((await other.redeem(token, binding))?.key).toBe("used");
    expect((await issuer.redeem(token, binding))?.key).toBe("used");
  });

  it("keeps only the token's SHA-256, never the token", async () => {
    const { token } = await makePostgresConfirmationStore(() => first).issue(binding);
    const { rows } = await second.query<{ hash: string; binding: ConfirmBinding }>("SELECT hash, binding FROM confirm_tokens WHERE hash = $1", [tokenHash(token)]);
    expect(rows).toHaveLength(1);
    expect(rows[0].hash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0].binding).toEqual(binding);
    const everything = await second.query("SELECT * FROM confirm_tokens");
    expect(JSON.stringify(everything.rows)).not.toContain(token);
  });

  it("lets exactly one of two instances redeeming the same token at once spend it", async () => {
    const { token } = await makePostgresConfirmationStore(() => first).issue(binding);
    const results = await Promise.all([makePostgresConfirmationStore(() => first).redeem(token, binding), makePostgresConfirmationStore(() => second).redeem(token, binding)]);
    expect(results.filter((r) => r === null)).toHaveLength(1);
    expect(results.filter((r) => r?.key === "used")).toHaveLength(1);
  });

  it("refuses an expired token with the memory store's words, and a token it never issued as unknown", async () => {
    const store = makePostgresConfirmationStore(() => first, { ttlMs: 0 });
    const { token } = await store.issue(binding);
    const memory = makeConfirmationStore({ ttlMs: 0 });
    const local = memory.issue(binding);
    expect(await makePostgresConfirmationStore(() => second, { ttlMs: 0 }).redeem(token, binding)).toEqual(memory.redeem(local.token, binding));
    expect(await store.redeem(token, binding)).toMatchObject({ key: "used" });
    expect(await store.redeem("not-a-token", binding)).toEqual(memory.redeem("not-a-token", binding));
  });

  it("refuses a changed action, account, region, subject or cost with the same reason as the memory store", async () => {
    const changes: Partial<ConfirmBinding>[] = [{ action: "cleanup" }, { accountId: "444455556666" }, { region: "us-east-1" }, { subject: "design:def" }, { usdPerHour: 0.2 }];
    for (const change of changes) {
      const current = { ...binding, ...change };
      const memory = makeConfirmationStore();
      const expected = memory.redeem(memory.issue(binding).token, current);
      expect(expected).not.toBeNull();
      const { token } = await makePostgresConfirmationStore(() => first).issue(binding);
      expect(await makePostgresConfirmationStore(() => second).redeem(token, current)).toEqual(expected);
      // A refused token is spent: it cannot be tried again with the right facts.
      expect((await makePostgresConfirmationStore(() => second).redeem(token, binding))?.key).toBe("used");
    }
  });

  it("deletes rows an hour past expiry when it next issues", async () => {
    const { token } = await makePostgresConfirmationStore(() => first).issue(binding);
    await first.query("UPDATE confirm_tokens SET expires_at = now() - interval '61 minutes' WHERE hash = $1", [tokenHash(token)]);
    await makePostgresConfirmationStore(() => second).issue(binding);
    const { rowCount } = await first.query("SELECT 1 FROM confirm_tokens WHERE hash = $1", [tokenHash(token)]);
    expect(rowCount).toBe(0);
  });

  it("is the process's store in team mode, so another instance accepts what this one issued", async () => {
    const holder = globalThis as { __vpcdConfirmations?: unknown };
    const saved = { env: process.env.VPCD_DATABASE_URL, store: holder.__vpcdConfirmations };
    process.env.VPCD_DATABASE_URL = url;
    holder.__vpcdConfirmations = undefined;
    try {
      const { token } = await sharedConfirmations().issue(binding);
      expect(await makePostgresConfirmationStore(() => second).redeem(token, binding)).toBeNull();
    } finally {
      await (await sharedPostgres(url)).end();
      (globalThis as { __vpcdPostgres?: Map<string, unknown> }).__vpcdPostgres?.delete(url);
      if (saved.env === undefined) delete process.env.VPCD_DATABASE_URL;
      else process.env.VPCD_DATABASE_URL = saved.env;
      holder.__vpcdConfirmations = saved.store;
    }
  });
});
