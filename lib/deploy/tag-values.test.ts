import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ec2TagValue, elbTagValue, isElbTagText } from "./tag-values";

describe("tag values for ELBv2", () => {
  it.each([
    ["KTB 실습 #1 (Kim's lab)", "KTB 실습 1 Kims lab"],
    ["lab", "lab"],
    ["dep-abc:web/a=b+c@d_e.f", "dep-abc:web/a=b+c@d_e.f"],
    ["MOJ D&T Cybersecurity", "MOJ DT Cybersecurity"],
    ["  tabs\tand — dashes  ", "tabs and dashes"],
    ["###", ""],
  ])("%j → %j", (input, expected) => {
    expect(elbTagValue(input)).toBe(expected);
    expect(isElbTagText(elbTagValue(input))).toBe(true);
  });

  it("always yields a value ELBv2 accepts, whatever the design name", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), (name) => isElbTagText(elbTagValue(name))));
  });

  it("keeps at most 256 characters without splitting a character", () => {
    expect([...elbTagValue("실".repeat(300))]).toHaveLength(256);
    expect([...ec2TagValue("😀".repeat(300))]).toHaveLength(256);
    expect(ec2TagValue("😀".repeat(300)).endsWith("😀")).toBe(true);
  });

  it("refuses what AWS refuses", () => {
    expect(isElbTagText("KTB 실습 #1")).toBe(false);
    expect(isElbTagText("Kim's")).toBe(false);
    expect(isElbTagText("KTB 실습 1")).toBe(true);
  });
});
