import { parse } from "@cdktf/hcl2json";
import { describe, expect, it } from "vitest";
import { getTemplate } from "../templates";
import { ALLOWED_DATA_SOURCES, ALLOWED_PROVIDER, ALLOWED_RESOURCES, type AllowedType } from "./terraform-allowed";
import { exportTerraform } from "./terraform";

type Body = Record<string, unknown>;
type Parsed = { resource?: Record<string, Record<string, Body[]>>; data?: Record<string, Record<string, Body[]>>; provider?: Record<string, Body[]>; variable?: Record<string, Body[]>; output?: Record<string, Body[]> };

const TEMPLATES = ["seed-lab", "three-tier-ha", "web-server"];

async function parsedExport(name: string): Promise<{ files: Record<string, Parsed>; all: Parsed }> {
  const files: Record<string, Parsed> = {};
  for (const f of exportTerraform(getTemplate(name)!)) files[f.path] = (await parse(f.path, f.content)) as Parsed;
  const merged = (key: keyof Parsed) => Object.assign({}, ...Object.values(files).map((p) => p[key] ?? {}));
  return { files, all: { resource: merged("resource"), data: merged("data"), provider: merged("provider"), variable: merged("variable"), output: merged("output") } };
}

/** Problems with one block body against its allowed arguments and nested blocks. */
function misfits(where: string, body: Body, allowed: { arguments: string[]; blocks?: Record<string, string[]> }): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(body)) {
    if (key === "depends_on" || allowed.arguments.includes(key)) continue;
    const nested = allowed.blocks?.[key];
    if (!nested) out.push(`${where}: ${key} is not an argument we allow`);
    else for (const inner of value as Body[]) for (const k of Object.keys(inner)) if (!nested.includes(k)) out.push(`${where}.${key}: ${k} is not allowed`);
  }
  return out;
}

/** Every `type.name.attribute` reference in expressions must name a declared block and an allowed attribute. */
function badReferences(all: Parsed): string[] {
  const text = JSON.stringify(all);
  const out: string[] = [];
  for (const [, prefix, type, name, attribute] of text.matchAll(/(data\.)?\b(aws_[a-z0-9_]+)\.([A-Za-z_][A-Za-z0-9_-]*)\.([a-z_]+)/g)) {
    const table: Record<string, AllowedType> = prefix ? ALLOWED_DATA_SOURCES : ALLOWED_RESOURCES;
    const declared = prefix ? all.data?.[type]?.[name] : all.resource?.[type]?.[name];
    if (!declared) out.push(`${prefix ?? ""}${type}.${name} is not declared`);
    else if (!table[type]?.attributes.includes(attribute)) out.push(`${type}.${attribute} is not an attribute we allow`);
  }
  return out;
}

describe("the Terraform export", () => {
  for (const name of TEMPLATES) {
    it(`of ${name} parses as HCL and uses only allowed resources, arguments and attributes`, async () => {
      const { all } = await parsedExport(name);
      const problems: string[] = [];
      for (const [type, blocks] of Object.entries(all.resource ?? {})) {
        const allowed = ALLOWED_RESOURCES[type];
        if (!allowed) problems.push(`resource type ${type} is not allowed`);
        else for (const [label, bodies] of Object.entries(blocks)) for (const body of bodies) problems.push(...misfits(`${type}.${label}`, body, allowed));
      }
      for (const [type, blocks] of Object.entries(all.data ?? {})) {
        const allowed = ALLOWED_DATA_SOURCES[type];
        if (!allowed) problems.push(`data source ${type} is not allowed`);
        else for (const [label, bodies] of Object.entries(blocks)) for (const body of bodies) problems.push(...misfits(`data.${type}.${label}`, body, allowed));
      }
      for (const body of all.provider?.aws ?? []) problems.push(...misfits("provider.aws", body, ALLOWED_PROVIDER));
      problems.push(...badReferences(all));
      expect(problems).toEqual([]);
    });
  }

  it("has region, deployment and names variables and outputs the load balancer DNS name and instance ids", async () => {
    const { files } = await parsedExport("seed-lab");
    expect(Object.keys(files)).toEqual(["main.tf", "variables.tf", "outputs.tf"]);
    expect(Object.keys(files["variables.tf"].variable ?? {}).sort()).toEqual(["deployment", "names", "region"]);
    expect(files["variables.tf"].variable!.region[0].default).toBe("ap-northeast-2");
    const outputs = files["outputs.tf"].output ?? {};
    expect(outputs.lab_alb_dns_name[0].value).toBe("${aws_lb.lab_alb.dns_name}");
    expect(Object.keys(outputs.instance_ids[0].value as object).sort()).toEqual(["app-a", "web-a", "web-c"]);
  });

  it("carries each instance's user data byte for byte", async () => {
    for (const name of TEMPLATES) {
      const design = getTemplate(name)!;
      const { all } = await parsedExport(name);
      for (const instance of Object.values(design.instances)) {
        const body = all.resource!.aws_instance[instance.id.replace(/-/g, "_")][0];
        const decoded = body.user_data_base64 === undefined ? "" : Buffer.from(String(body.user_data_base64), "base64").toString("utf8");
        expect(decoded).toBe(instance.userData);
      }
    }
  });

  it("the checks report an argument or attribute the provider does not define", async () => {
    const tf = exportTerraform(getTemplate("web-server")!)[0].content.replace("enable_dns_support", "enable_dns_magic");
    const parsed = (await parse("main.tf", `${tf}\noutput "x" {\n  value = aws_vpc.web_vpc.cidr_magic\n}\n`)) as Parsed;
    expect(misfits("aws_vpc.web_vpc", parsed.resource!.aws_vpc.web_vpc[0], ALLOWED_RESOURCES.aws_vpc)).toEqual(["aws_vpc.web_vpc: enable_dns_magic is not an argument we allow"]);
    expect(badReferences(parsed)).toEqual(["aws_vpc.cidr_magic is not an attribute we allow"]);
  });

  it("the parser rejects what is not HCL, so the checks above can fail", async () => {
    await expect(parse("bad.tf", 'resource "aws_vpc" {\n  cidr_block = \n')).rejects.toBeTruthy();
  });
});
