import type { Design } from "../design/schema";
import { seedLab } from "./seed-lab";
import { threeTierHa } from "./three-tier-ha";
import { webServer } from "./web-server";

/** What the template picker and `vpcd template --list` show. */
export type TemplateInfo = { name: string; title: string; description: string };

type Entry = TemplateInfo & { build: () => Design };

const TEMPLATES: readonly Entry[] = [
  {
    name: "seed-lab",
    title: "Bootcamp seed lab",
    description: "The lab network: VPC 192.168.0.0/16 in Seoul, public and private subnets, NAT gateway, three t3.micro instances and an internet-facing ALB.",
    build: seedLab,
  },
  {
    name: "web-server",
    title: "Single web server",
    description: "One public subnet with an internet gateway and one t3.micro web server (HTTP/HTTPS).",
    build: webServer,
  },
  {
    name: "three-tier-ha",
    title: "Three-tier, two AZs",
    description: "Public, app and data subnets in two AZs, a NAT gateway per AZ, an internet-facing ALB and an app instance per AZ.",
    build: threeTierHa,
  },
];

/** Every template, in picker order. */
export function listTemplates(): TemplateInfo[] {
  return TEMPLATES.map(({ name, title, description }) => ({ name, title, description }));
}

/** A fresh copy of the named template (callers may mutate it), or undefined for an unknown name. */
export function getTemplate(name: string): Design | undefined {
  return TEMPLATES.find((t) => t.name === name)?.build();
}

export { seedLab, threeTierHa, webServer };
