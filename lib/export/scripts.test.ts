import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Design } from "../design/schema";
import { getTemplate, webServer } from "../templates";
import { exportCliDestroy } from "./cli-destroy";
import { exportCliScript } from "./cli-script";

const run = promisify(execFile);
let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "vpcd-scripts-"));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

/** A design that takes the scripts' rarer paths: a main table, ICMP, a group naming itself, odd user data. */
function awkward(userData: string): Design {
  const d = webServer();
  d.name = `Bob's "odd" lab`;
  d.routeTables["public-rt"] = { ...d.routeTables["public-rt"], isMain: true, subnetIds: [] };
  const sg = d.securityGroups["web-sg"];
  d.securityGroups["web-sg"] = {
    ...sg,
    name: "web 'sg'",
    ingress: [...sg.ingress, { protocol: "icmp", fromPort: 0, toPort: 65535, peer: { kind: "cidr", cidr: "10.0.0.0/8" }, description: "ping" }],
    egress: [{ protocol: "tcp", fromPort: 443, toPort: 443, peer: { kind: "security-group", securityGroupId: "web-sg" as never }, description: "peers" }],
  };
  d.instances.web = { ...d.instances.web, userData };
  return d;
}

const USER_DATA = ["#!/bin/sh\necho $HOME 'quoted' \"double\" `tick`\n", "no final newline", "VPCD_USER_DATA\nline\n", "crlf\r\nline\r\n"];
const designs: Array<[string, Design]> = [
  ...["seed-lab", "three-tier-ha", "web-server"].map((n): [string, Design] => [n, getTemplate(n)!]),
  ...USER_DATA.map((u, i): [string, Design] => [`awkward-${i}`, awkward(u)]),
];

describe("the exported AWS CLI scripts", { timeout: 60_000 }, () => {
  for (const [name, design] of designs) {
    it(`of ${name} are valid bash that shellcheck passes`, async () => {
      for (const file of [...exportCliScript(design), ...exportCliDestroy(design)]) {
        const target = path.join(dir, `${name}-${file.path}`);
        await writeFile(target, file.content);
        await run("bash", ["-n", target]);
        await expect(run("shellcheck", ["-s", "bash", "-f", "gcc", target]).then(() => "clean")).resolves.toBe("clean");
      }
    });
  }

  it("shellcheck does report a broken script, so the check above can fail", async () => {
    const target = path.join(dir, "broken.sh");
    await writeFile(target, exportCliScript(webServer())[0].content.replace('"$VPC_WEB_VPC"', "$VPC_WEB_VPC"));
    await expect(run("shellcheck", ["-s", "bash", "-f", "gcc", target])).rejects.toMatchObject({ stdout: expect.stringContaining("SC2086") });
  });

  it("write each instance's user data byte for byte", async () => {
    for (const [index, text] of USER_DATA.entries()) {
      const script = exportCliScript(awkward(text))[0].content;
      // Run only the lines that write the user data file, with WORK pointing at a scratch folder.
      const start = script.indexOf("STEP='launching instance web'");
      const lines = script.slice(start, script.indexOf("INSTANCE_WEB=", start)).split("\n").slice(1).join("\n");
      const work = path.join(dir, `work-${index}`);
      await run("mkdir", ["-p", work]);
      await run("bash", ["-c", `set -euo pipefail\nWORK=${work}\n${lines}`]);
      expect(await readFile(path.join(work, "user_data_web"), "utf8")).toBe(text);
    }
  });
});
