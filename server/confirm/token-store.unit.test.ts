import { describe, expect, it } from "vitest";
import type { ConfirmBinding } from "../../lib/confirm";
import { CONFIRM_TTL_MS, makeConfirmationStore } from "./token-store";

const binding: ConfirmBinding = { action: "deploy", accountId: "111122223333", region: "ap-northeast-2", subject: "design:abc", usdPerHour: 0.1234 };

function storeAt(start = 1_000_000) {
  let now = start;
  const store = makeConfirmationStore({ now: () => now });
  return { store, advance: (ms: number) => (now += ms) };
}

describe("the confirmation store", () => {
  it("accepts a token once for exactly what was confirmed", () => {
    const { store } = storeAt();
    const { token, expiresAt } = store.issue(binding);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(expiresAt).toBe(1_000_000 + CONFIRM_TTL_MS);
    expect(store.redeem(token, { ...binding })).toBeNull();
  });

  it("refuses the same token a second time", () => {
    const { store } = storeAt();
    const { token } = store.issue(binding);
    expect(store.redeem(token, binding)).toBeNull();
    expect(store.redeem(token, binding)?.key).toBe("used");
  });

  it("refuses a token after ten minutes, saying it expired", () => {
    const { store, advance } = storeAt();
    const { token } = store.issue(binding);
    advance(CONFIRM_TTL_MS);
    expect(store.redeem(token, binding)).toMatchObject({ key: "expired", message: expect.stringMatching(/expired \(10 minutes/) });
  });

  it("accepts a token a moment before it expires", () => {
    const { store, advance } = storeAt();
    const { token } = store.issue(binding);
    advance(CONFIRM_TTL_MS - 1);
    expect(store.redeem(token, binding)).toBeNull();
  });

  it("refuses a token it never issued", () => {
    const { store } = storeAt();
    store.issue(binding);
    expect(store.redeem("A".repeat(43), binding)?.key).toBe("unknown");
  });

  it("issues a different unguessable token each time", () => {
    const { store } = storeAt();
    const tokens = new Set(Array.from({ length: 50 }, () => store.issue(binding).token));
    expect(tokens.size).toBe(50);
  });

  describe("when what was confirmed no longer holds", () => {
    const cases: Array<[string, Partial<ConfirmBinding>, string, RegExp]> = [
      ["another account", { accountId: "999988887777" }, "account", /now belong to AWS account 999988887777; you confirmed account 111122223333/],
      ["another region", { region: "us-east-1" }, "region", /confirmed region ap-northeast-2, but this deploy is for us-east-1/],
      ["a changed design", { subject: "design:def" }, "design", /design changed since you confirmed/],
      ["a higher cost", { usdPerHour: 0.2 }, "cost", /\$0\.1234\/h then, \$0\.2000\/h now/],
      ["another action", { action: "sweep" }, "action", /was for a deploy, not a sweep/],
    ];
    for (const [what, change, key, message] of cases) {
      it(`refuses it for ${what} and spends the token`, () => {
        const { store } = storeAt();
        const { token } = store.issue(binding);
        expect(store.redeem(token, { ...binding, ...change })).toMatchObject({ key, message: expect.stringMatching(message) });
        expect(store.redeem(token, binding)?.key).toBe("used");
      });
    }

    it("names the deployments for a cleanup confirmed for another one", () => {
      const { store } = storeAt();
      const cleanup: ConfirmBinding = { ...binding, action: "cleanup", subject: "deployments:dep-a-1" };
      const { token } = store.issue(cleanup);
      expect(store.redeem(token, { ...cleanup, subject: "deployments:dep-b-2" })?.message).toMatch(/confirmed dep-a-1, but this cleanup is for dep-b-2/);
    });

    it("treats costs that show the same ($/h to 4 places) as the same", () => {
      const { store } = storeAt();
      const { token } = store.issue(binding);
      expect(store.redeem(token, { ...binding, usdPerHour: 0.12344 })).toBeNull();
    });
  });
});
