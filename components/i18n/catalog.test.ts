import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { NAMESPACES } from "./catalog";
import { LOCALES } from "./locales";

const dir = join(__dirname, "messages");
const load = (locale: string, ns: string) => JSON.parse(readFileSync(join(dir, locale, `${ns}.json`), "utf8")) as Record<string, unknown>;

/** Every leaf key of a nested catalogue, dotted ("inspector.cidr"). */
function keys(tree: Record<string, unknown>, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (v && typeof v === "object" ? keys(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe("message catalogues", () => {
  for (const ns of NAMESPACES) {
    it(`has the same keys in every language for "${ns}"`, () => {
      const [first, ...rest] = LOCALES;
      const reference = keys(load(first, ns)).sort();
      for (const locale of rest) {
        const other = keys(load(locale, ns)).sort();
        expect({ locale, missing: reference.filter((k) => !other.includes(k)) }).toEqual({ locale, missing: [] });
        expect({ locale, extra: other.filter((k) => !reference.includes(k)) }).toEqual({ locale, extra: [] });
      }
    });
    it(`has no empty messages in "${ns}"`, () => {
      for (const locale of LOCALES) {
        const empty = keys(load(locale, ns)).filter((k) => {
          const value = k.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], load(locale, ns));
          return typeof value !== "string" || value.trim() === "";
        });
        expect({ locale, empty }).toEqual({ locale, empty: [] });
      }
    });
  }
});

describe("English counts", () => {
  // Regression (issue 14): "1 VPCs". A number before a plural noun must go through ICU plural.
  const leaves = (tree: unknown, path = ""): Array<[string, string]> =>
    typeof tree === "string" ? [[path, tree]] : Object.entries(tree as Record<string, unknown>).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  /** A count argument (by its name: count, total, used …) right before a plural noun, or an "(s)". */
  const COUNT_BEFORE_NOUN = /\{(?:count|n|total|used|added|sent|done|ready|steps|resources|vpcs|subnets|instances|errors|warnings|minutes|hours|seconds|calls|inside|free|usable|healthy|\w+Count)\} [A-Za-z]{2,}s\b|\(s\)/;
  // The server words this one too (lib/confirm/refusal.ts); its minutes are the confirmation's lifetime, never one.
  const ALLOWED = new Set(["deploy.confirmation.refused.expired"]);
  it("puts no bare number argument before a plural noun", () => {
    const bare = NAMESPACES.flatMap((ns) => leaves(load("en", ns), ns)).filter(([path]) => !ALLOWED.has(path)).filter(([, text]) => COUNT_BEFORE_NOUN.test(text.replace(/\{\w+, (?:plural|select),(?:[^{}]|\{[^{}]*\})*\}/g, "")));
    expect(bare).toEqual([]);
  });
});

describe("Korean messages", () => {
  // Issue 14, item 5: a message that is nothing but its argument ("cleanupNote": "{note}") let the
  // server put an English sentence on a Korean screen. Every Korean message says something itself,
  // except where the argument is data (the images a preflight resolved: "ubuntu-24.04 → ami-…").
  const DATA_ONLY = new Set(["deploy.check.detail.images"]);
  const leaves = (tree: unknown, path = ""): Array<[string, string]> =>
    typeof tree === "string" ? [[path, tree]] : Object.entries(tree as Record<string, unknown>).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  it("has no message that only passes its argument through", () => {
    const passThrough = NAMESPACES.flatMap((ns) => leaves(load("ko", ns), ns)).filter(([path, text]) => !DATA_ONLY.has(path) && /^\s*\{\w+\}\s*$/.test(text));
    expect(passThrough).toEqual([]);
  });
});
