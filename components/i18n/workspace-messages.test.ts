import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { ENTITY_COLLECTIONS, KIND_OF_COLLECTION } from "../../lib/design/constants";
import { HELP_KINDS } from "../../lib/catalog/kind-docs";

const load = (locale: string, ns: string) => JSON.parse(readFileSync(join(__dirname, "messages", locale, `${ns}.json`), "utf8"));

describe.each(["en", "ko"])("the %s workspace and guide messages", (locale) => {
  // A message that fails to format shows its key instead of words; make that a test failure.
  const t = createTranslator({ locale, messages: { workspace: load(locale, "workspace"), guide: load(locale, "guide") }, onError: (e) => { throw e; } });

  it("word the delete toast for every collection, never falling back to 'resource'", () => {
    const other = t("workspace.deletedWithInside", { collection: "other", name: "x", inside: 2 });
    for (const collection of ENTITY_COLLECTIONS) {
      const text = t("workspace.deletedWithInside", { collection, name: "lab-vpc", inside: 17 });
      expect(text).toContain("lab-vpc");
      expect(text).toContain("17");
      expect(text.replace("lab-vpc", "x").replace("17", "2")).not.toBe(other);
    }
    expect(t("workspace.deletedWithInside", { collection: "vpcs", name: "lab-vpc", inside: 1 })).toBe(locale === "en" ? "Deleted VPC lab-vpc and 1 resource inside it." : "VPC lab-vpc 및 그 안의 리소스 1개를 삭제했습니다.");
  });

  it("format the replace toast and the finder's empty answer", () => {
    expect(t("workspace.replaced", { name: "Three-tier", previous: "KTB seed lab" })).toContain("KTB seed lab");
    expect(t("workspace.finder.none", { query: "10.9" })).toContain("10.9");
  });

  it("explain every kind the help panel lists, with three mistakes each", () => {
    for (const kind of HELP_KINDS) {
      for (const part of ["title", "what", "cost", "mistakes.1", "mistakes.2", "mistakes.3"]) expect(t(`guide.kinds.${kind}.${part}` as never).length).toBeGreaterThan(1);
    }
    expect(new Set(HELP_KINDS)).toEqual(new Set(Object.values(KIND_OF_COLLECTION)));
  });
});
