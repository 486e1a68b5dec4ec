import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { IMPORT_NOTE_CODES, importNote, type ImportNote } from "../../lib/interop/notes";
import en from "../i18n/messages/en/designer.json";
import ko from "../i18n/messages/ko/designer.json";
import { noteText, type Translate } from "./import-notes";

const translator = (locale: "en" | "ko") => createTranslator({ locale, messages: { designer: locale === "en" ? en : ko }, namespace: "designer.importAws" }) as unknown as Translate;
const catalogue = (messages: typeof en) => messages.importAws.notes as Record<string, string>;

/** A note of `code` with a distinct value for every parameter its English message names. */
function sample(code: (typeof IMPORT_NOTE_CODES)[number]): ImportNote {
  const names = [...catalogue(en)[code].matchAll(/\{(\w+)/g)].map((m) => m[1]);
  return importNote(code, Object.fromEntries(names.map((n) => [n, n === "direction" ? "egress" : n === "count" ? 3 : `<${n}>`])));
}

describe("import notes in the designer", () => {
  it("has a message for every code in both languages", () => {
    expect(Object.keys(catalogue(en)).sort()).toEqual([...IMPORT_NOTE_CODES].sort());
    expect(Object.keys(catalogue(ko)).sort()).toEqual([...IMPORT_NOTE_CODES].sort());
  });

  it("says in English exactly what the CLI prints", () => {
    const t = translator("en");
    for (const code of IMPORT_NOTE_CODES) {
      const note = sample(code);
      expect(noteText(t, note)).toBe(note.text);
    }
  });

  it("says it in Korean with every parameter filled in", () => {
    const t = translator("ko");
    for (const code of IMPORT_NOTE_CODES) {
      const note = sample(code);
      const text = noteText(t, note);
      expect(text).not.toBe(note.text);
      expect(text).toMatch(/[가-힣]/);
      for (const [name, value] of Object.entries(note.params)) if (name !== "direction") expect(text).toContain(String(value));
    }
    expect(noteText(t, importNote("rule-ipv6", { group: "sg-1", groupName: "web", direction: "ingress", protocol: "tcp", ports: "443-443" }))).toBe("보안 그룹 sg-1 (web) 인바운드: tcp 443-443의 IPv6 범위");
  });

  it("falls back to the English line for a code the catalogue does not know", () => {
    const note = { code: "from-a-newer-server", params: {}, text: "something new" } as unknown as ImportNote;
    expect(noteText(translator("ko"), note)).toBe("something new");
  });
});
