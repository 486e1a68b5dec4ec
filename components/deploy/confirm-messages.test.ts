import { describe, expect, it } from "vitest";
import { CONFIRM_REFUSALS_EN } from "../../lib/confirm";
import en from "../i18n/messages/en/deploy.json";
import ko from "../i18n/messages/ko/deploy.json";

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]))].sort();

describe("refused confirmations in the reader's language", () => {
  it("has every server-side refusal in both catalogues, Korean with the same placeholders", () => {
    for (const [key, english] of Object.entries(CONFIRM_REFUSALS_EN)) {
      const enText = (en.confirmation.refused as Record<string, string>)[key];
      const koText = (ko.confirmation.refused as Record<string, string>)[key];
      expect(enText, key).toBe(english);
      expect(placeholders(koText ?? ""), key).toEqual(placeholders(english));
    }
  });
});
