import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(__dirname, "..");
const ATTRIBUTES = ["aria-label", "title", "placeholder", "alt", "aria-description", "label"];
/** An attribute written as a plain string literal with at least one letter, e.g. title="Delete". */
const LITERAL = new RegExp(`\\s(${ATTRIBUTES.join("|")})=(?:"([^"]*[A-Za-z가-힣][^"]*)"|\\{\\s*["'\`]([^"'\`]*[A-Za-z가-힣][^"'\`]*)["'\`]\\s*\\})`, "g");

function tsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsxFiles(path);
    return path.endsWith(".tsx") ? [path] : [];
  });
}

/**
 * `react/jsx-no-literals` (eslint) catches text between tags; this catches the user-visible
 * attributes it does not: aria-label, title, placeholder, alt and label written as literals.
 */
describe("components", () => {
  it("render no hard-coded user-visible attribute text", () => {
    const found = tsxFiles(root).flatMap((file) => [...readFileSync(file, "utf8").matchAll(LITERAL)].map((m) => `${relative(root, file)}: ${m[0].trim()}`));
    expect(found).toEqual([]);
  });
  it("detects a literal title in a sample", () => {
    expect([...'<button title="Delete">'.matchAll(LITERAL)]).toHaveLength(1);
    expect([...'<button title={t("delete")}>'.matchAll(LITERAL)]).toHaveLength(0);
  });
});
