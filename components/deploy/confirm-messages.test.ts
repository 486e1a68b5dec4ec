import { createTranslator } from "next-intl";
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

  it("words a student's missing AWS credentials with whom to ask, or the class's instructor when none is named", () => {
    const say = (locale: "en" | "ko", params: { instructors: string; email: string }) =>
      createTranslator({ locale, messages: { deploy: locale === "en" ? en : ko }, namespace: "deploy.confirmation.refused" })("noAwsCredentials" as never, params as never) as string;
    expect(say("en", { instructors: "Teacher", email: "ben@example.com" })).toContain("Ask your instructor (Teacher) to set them: vpcd class credentials --student ben@example.com");
    expect(say("en", { instructors: "none", email: "ben@example.com" })).toContain("Ask your class's instructor to set them");
    expect(say("ko", { instructors: "Teacher", email: "ben@example.com" })).toContain("강사(Teacher)에게 설정을 요청하세요: vpcd class credentials --student ben@example.com");
    expect(say("ko", { instructors: "none", email: "ben@example.com" })).toContain("수업 강사에게");
  });
});
