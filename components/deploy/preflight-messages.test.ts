import { describe, expect, it } from "vitest";
import { PREFLIGHT_DETAILS_EN, preflightCheck } from "../../lib/deploy/preflight";
import en from "../i18n/messages/en/deploy.json";
import ko from "../i18n/messages/ko/deploy.json";

// A Korean message may add a value's particle ({types}{types_eulreul}, lib/i18n/particles.ts): not a placeholder of its own.
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+?)(?:_(?:iga|eulreul|eunneun|gwawa|euro))?\}/g)].map((m) => m[1]))].sort();

describe("preflight findings in the reader's language", () => {
  it("has every server-side finding in both catalogues with the same placeholders", () => {
    for (const [key, english] of Object.entries(PREFLIGHT_DETAILS_EN)) {
      const enText = (en.check.detail as Record<string, string>)[key];
      const koText = (ko.check.detail as Record<string, string>)[key];
      expect(enText, key).toBe(english);
      expect(placeholders(koText ?? ""), key).toEqual(placeholders(english));
    }
  });

  it("fills the English text from the key and its parameters", () => {
    const check = preflightCheck("quota-eips", "fail", "quotaEips", { used: 5, added: 1, limit: 5 });
    expect(check.detail).toBe("Elastic IPs in use: 5 + 1 new; account limit 5");
    expect(check).toMatchObject({ status: "fail", detailKey: "quotaEips", params: { used: 5, added: 1, limit: 5 } });
  });
});

describe("counts in English", () => {
  // Regression (issue 14): the preflight said "1 VPCs in use"; counts read as a value now, never before a plural noun.
  it("never puts a count before a noun whose plural it cannot choose", () => {
    for (const [key, text] of Object.entries(PREFLIGHT_DETAILS_EN)) expect(text, key).not.toMatch(/\{(used|added|count)\} [A-Z]?[a-z]+s\b/);
    expect(preflightCheck("quota-vpcs", "ok", "quotaVpcs", { used: 1, added: 1, quota: 5 }).detail).toBe("VPCs in use: 1 (the default VPC among them) + 1 new; default quota 5");
  });
});
