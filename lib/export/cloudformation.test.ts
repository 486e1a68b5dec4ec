import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getTemplate } from "../templates";
import { exportCloudFormation } from "./cloudformation";

const run = promisify(execFile);
const VENV = fileURLToPath(new URL("../../.venv/bin/", import.meta.url));
const TEMPLATES = ["seed-lab", "three-tier-ha", "web-server"];
let dir = "";

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "vpcd-cfn-"));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

/** The template parsed by PyYAML (the venv's), as JSON: a second, independent reader of our YAML. */
async function parseYaml(file: string): Promise<Record<string, Record<string, Record<string, unknown>>>> {
  const { stdout } = await run(`${VENV}python`, ["-c", "import json,sys,yaml; print(json.dumps(yaml.safe_load(open(sys.argv[1], encoding='utf-8'))))", file]);
  return JSON.parse(stdout);
}

async function lint(file: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout } = await run(`${VENV}cfn-lint`, ["--format", "parseable", "--", file]);
    return { code: 0, output: stdout };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, output: `${e.stdout ?? ""}${e.stderr ?? ""}` };
  }
}

describe("the CloudFormation export", { timeout: 60_000 }, () => {
  for (const name of TEMPLATES) {
    it(`of ${name} passes cfn-lint`, async () => {
      const file = path.join(dir, `${name}.yaml`);
      await writeFile(file, exportCloudFormation(getTemplate(name)!)[0].content);
      expect(await lint(file)).toEqual({ code: 0, output: "" });
    });
  }

  it("cfn-lint does flag a broken template, so the check above can fail", async () => {
    const file = path.join(dir, "broken.yaml");
    await writeFile(file, exportCloudFormation(getTemplate("web-server")!)[0].content.replace('Type: "AWS::EC2::Subnet"', 'Type: "AWS::EC2::Subnett"'));
    const result = await lint(file);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain("AWS::EC2::Subnett");
  });

  it("keeps awkward user data exact: no final newline, several, a leading space, CR, tabs, unicode", async () => {
    const samples = ["echo no newline", "two\n\n\n", " leading space\n", "dos\r\nline\r\n", "\ttab\n#!/bin/sh\n", "한국어 ✓\n", "${NotASub}\n"];
    for (const [i, text] of samples.entries()) {
      const design = getTemplate("web-server")!;
      design.instances.web = { ...design.instances.web, userData: text };
      const file = path.join(dir, `sample-${i}.yaml`);
      await writeFile(file, exportCloudFormation(design)[0].content);
      const doc = await parseYaml(file);
      expect((doc.Resources.WebInstance.Properties as { UserData: { "Fn::Base64": string } }).UserData["Fn::Base64"]).toBe(text);
    }
  });

  it("carries user data byte for byte and has parameters and outputs", async () => {
    for (const name of TEMPLATES) {
      const design = getTemplate(name)!;
      const file = path.join(dir, `${name}-read.yaml`);
      await writeFile(file, exportCloudFormation(design)[0].content);
      const doc = await parseYaml(file);
      expect(doc.Parameters.Deployment).toMatchObject({ Type: "String", Default: expect.stringMatching(/^export-/) });
      for (const instance of Object.values(design.instances)) {
        const logical = Object.entries(doc.Resources).find(([, r]) => (r.Properties as { Tags: Array<{ Key: string; Value: unknown }> }).Tags?.some((t) => t.Key === "vpcd:logical-id" && t.Value === instance.id) && r.Type === "AWS::EC2::Instance")!;
        const userData = (logical[1].Properties as { UserData?: { "Fn::Base64": string } }).UserData?.["Fn::Base64"] ?? "";
        expect(userData).toBe(instance.userData);
        expect(doc.Outputs[`${logical[0]}Id`]).toEqual({ Description: `Instance id of ${instance.name}`, Value: { Ref: logical[0] } });
      }
      const dnsOutputs = Object.values(doc.Outputs).filter((o) => JSON.stringify(o.Value).includes("DNSName"));
      expect(dnsOutputs.length).toBe(Object.keys(design.loadBalancers).length);
    }
  });
});
