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
    expect(check.detail).toBe("5 Elastic IPs in use + 1 new; account limit 5");
    expect(check).toMatchObject({ status: "fail", detailKey: "quotaEips", params: { used: 5, added: 1, limit: 5 } });
  });
});
