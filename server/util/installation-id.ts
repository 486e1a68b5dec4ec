import "server-only";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { dataDir } from "./project-root";

let cached: { dir: string; id: string } | undefined;

/**
 * This installation's id (16 hex characters, valid in every AWS tag), made on first use and
 * kept in the data folder. Every resource is tagged with it, so the sweep can say which
 * deployments another machine made before it offers to delete anything.
 */
export function installationId(dir: string = dataDir()): string {
  if (cached?.dir === dir) return cached.id;
  const file = path.join(dir, "installation-id");
  let id = "";
  try {
    id = readFileSync(file, "utf8").trim();
  } catch {
    /* first run: made below */
  }
  if (!/^[0-9a-f]{16}$/.test(id)) {
    id = randomBytes(8).toString("hex");
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, `${id}\n`);
  }
  cached = { dir, id };
  return id;
}
