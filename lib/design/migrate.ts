import type { z } from "zod";
import { locateJsonError } from "./json-locate";
import { DesignSchema, SCHEMA_VERSION, type Design } from "./schema";

/** One problem with a loaded document: where (`path`, e.g. "subnets.public-a.cidr") and what is allowed. */
export type LoadIssue = { path: string; message: string };
export type LoadResult = { ok: true; design: Design } | { ok: false; issues: LoadIssue[] };

/** Documents larger than this are refused before parsing; a real design is a few tens of KB. */
export const MAX_DESIGN_BYTES = 5 * 1024 * 1024;

type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;
/**
 * Up-migrations: `MIGRATIONS[n]` turns version n into n + 1. Version 1 is the first
 * published shape, so the list is empty; add entries here, never edit old ones.
 */
const MIGRATIONS: Record<number, Migration> = {};

const SUPPORTED_VERSIONS = SCHEMA_VERSION === 1 ? "1" : `a whole number from 1 to ${SCHEMA_VERSION}`;

/**
 * The only way a document enters the app: applies numbered up-migrations, then parses with
 * the schema. Never throws; every issue names its field.
 */
export function migrate(raw: unknown): LoadResult {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    return fail("", "a design is a JSON object with schemaVersion, region, vpcs, subnets, …");
  }
  const polluting = pollutingKeyPath(raw);
  if (polluting !== undefined) return fail(polluting, `"__proto__" cannot be used as a key or id: it would change how every object in the app behaves`);
  let doc = raw as Record<string, unknown>;
  const version = doc.schemaVersion;
  if (typeof version === "number" && Number.isInteger(version) && version > SCHEMA_VERSION) {
    return fail("schemaVersion", `this design was saved by a newer VPC Designer (schemaVersion ${version}); this version reads schemaVersion ${SUPPORTED_VERSIONS}`);
  }
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    return fail("schemaVersion", `schemaVersion must be ${SUPPORTED_VERSIONS} (got ${JSON.stringify(version) ?? "nothing"})`);
  }
  for (let v = version; v < SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return fail("schemaVersion", `no migration from version ${v}`);
    doc = { ...step(doc), schemaVersion: v + 1 };
  }
  const parsed = DesignSchema.safeParse(doc);
  if (!parsed.success) return { ok: false, issues: formatZodIssues(parsed.error.issues) };
  return { ok: true, design: parsed.data };
}

/**
 * The path of the first own `__proto__` key anywhere in the document (JSON.parse makes it an
 * own property; copying it with a spread or a record parse would set a prototype instead), or
 * undefined. Iterative, so a deeply nested document cannot overflow the stack.
 */
function pollutingKeyPath(raw: unknown): string | undefined {
  const stack: Array<[unknown, string]> = [[raw, ""]];
  while (stack.length > 0) {
    const [node, path] = stack.pop()!;
    if (typeof node !== "object" || node === null) continue;
    if (!Array.isArray(node) && Object.hasOwn(node, "__proto__")) return path ? `${path}.__proto__` : "__proto__";
    for (const [key, value] of Object.entries(node)) stack.push([value, path ? `${path}.${key}` : key]);
  }
  return undefined;
}

/** Parses JSON text (a file, a paste, an upload) and migrates it. */
export function loadDesignText(text: string): LoadResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_DESIGN_BYTES) {
    return fail("", `the document is ${(bytes / 1024 / 1024).toFixed(1)} MB; a design may be at most ${MAX_DESIGN_BYTES / 1024 / 1024} MB`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return fail("", `not valid JSON: ${describeJsonError(text, (error as Error).message)}`);
  }
  return migrate(raw);
}

/** Turns zod issues into `path: message` pairs a person can act on. */
export function formatZodIssues(issues: readonly z.core.$ZodIssue[]): LoadIssue[] {
  return issues.map((issue) => {
    const path = issue.path.map(String).join(".");
    if (issue.code === "unrecognized_keys") {
      return { path, message: `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}` };
    }
    if (issue.code === "invalid_type") {
      // zod says "Invalid input: expected string, received undefined"; a person needs "missing".
      const received = /received (\w+)$/.exec(issue.message)?.[1];
      return { path, message: received === "undefined" ? `required (${issue.expected})` : `expected ${issue.expected}${received ? `, got ${received}` : ""}` };
    }
    return { path, message: issue.message };
  });
}

/** "line 4, column 1 (in subnets.public-a): expected …", falling back to the parser's own words. */
function describeJsonError(text: string, message: string): string {
  const located = locateJsonError(text);
  if (!located) return message;
  return `line ${located.line}, column ${located.column}${located.path ? ` (in ${located.path})` : ""}: ${located.problem}`;
}

/** One line per issue, for the CLI and error banners. */
export function describeLoadIssues(issues: readonly LoadIssue[]): string {
  return issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join("\n");
}

function fail(path: string, message: string): LoadResult {
  return { ok: false, issues: [{ path, message }] };
}
