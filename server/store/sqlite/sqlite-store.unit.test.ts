import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { describeStore } from "../../testing/store-suite";
import { openSqliteStore } from "./sqlite-store";

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describeStore("SQLite", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "vpcd-store-"));
  dirs.push(dir);
  return openSqliteStore(dir);
});
