/**
 * Terraform export for the AWS provider: `main.tf` (provider, images, resources),
 * `variables.tf` (region, deployment tag, every resource's name) and `outputs.tf` (VPC ids,
 * load balancer DNS names, instance ids). Pure and deterministic: the same design gives the
 * same bytes.
 */
import type { Design } from "../design/schema";
import { attr, block, map, raw, render, str, type Item } from "./hcl";
import { defaultDeployment, elbSafeName, sorted, tfIdent } from "./names";
import { computeBlocks, imageBlocks, networkBlocks, securityGroupBlocks } from "./terraform-resources";
import type { ExportFile } from "./types";

/** The provider release that brought `aws_vpc_security_group_*_rule` and `aws_eip.domain`. */
const PROVIDER_VERSION = ">= 5.31";

function header(design: Design, what: string): string {
  return `# ${what} of "${design.name.replace(/[\r\n]+/g, " ")}", exported by VPC Designer.\n# Resources carry the tags Name and vpcd:deployment (var.deployment), so the app's sweep finds them.\n\n`;
}

function mainTf(design: Design): string {
  const settings: Item[] = [
    block("terraform", [], [
      attr("required_version", str(">= 1.5")),
      block("required_providers", [], [attr("aws", map([["source", str("hashicorp/aws")], ["version", str(PROVIDER_VERSION)]], 2))]),
    ]),
    block("provider", ["aws"], [attr("region", raw("var.region")), block("default_tags", [], [attr("tags", map([["vpcd:deployment", raw("var.deployment")]], 2))])]),
  ];
  return header(design, "Network") + render([...settings, ...imageBlocks(design), ...networkBlocks(design), ...securityGroupBlocks(design), ...computeBlocks(design)]);
}

/** Every entity's name; load balancers and target groups get names ELBv2 accepts. */
function names(design: Design): Array<[string, string]> {
  const elb = new Set([...Object.keys(design.loadBalancers), ...Object.keys(design.targetGroups)]);
  const all = [
    ...sorted(design.vpcs), ...sorted(design.subnets), ...sorted(design.internetGateways), ...sorted(design.elasticIps), ...sorted(design.natGateways),
    ...sorted(design.routeTables), ...sorted(design.securityGroups), ...sorted(design.instances), ...sorted(design.targetGroups), ...sorted(design.loadBalancers),
  ];
  return all.map((e) => [e.id, elb.has(e.id) ? elbSafeName(e.name) : e.name]);
}

function variablesTf(design: Design): string {
  const variable = (name: string, type: string, description: string, def: Item) =>
    block("variable", [name], [attr("type", raw(type)), attr("description", str(description)), def]);
  return header(design, "Variables") + render([
    variable("region", "string", "AWS region to build in.", attr("default", str(design.region))),
    variable("deployment", "string", "Value of the vpcd:deployment tag on every resource.", attr("default", str(defaultDeployment(design)))),
    variable("names", "map(string)", "Name of each resource by design id (Name tag; group, target group and load balancer names).", attr("default", map(names(design).map(([id, n]) => [id, str(n)]), 1))),
  ]);
}

function outputsTf(design: Design): string {
  const output = (name: string, description: string, value: string): Item => block("output", [name], [attr("description", str(description)), attr("value", raw(value))]);
  const items: Item[] = sorted(design.vpcs).map((v) => output(`${tfIdent(v.id)}_id`, `VPC id of ${v.name}`, `aws_vpc.${tfIdent(v.id)}.id`));
  for (const lb of sorted(design.loadBalancers)) items.push(output(`${tfIdent(lb.id)}_dns_name`, `DNS name of the load balancer ${lb.name}`, `aws_lb.${tfIdent(lb.id)}.dns_name`));
  const instances = sorted(design.instances);
  if (instances.length) items.push(block("output", ["instance_ids"], [attr("description", str("Instance ids by design id")), attr("value", map(instances.map((i) => [i.id, raw(`aws_instance.${tfIdent(i.id)}.id`)]), 1))]));
  return header(design, "Outputs") + render(items);
}

/** The three files of the Terraform export, in the order `--out` writes them. */
export function exportTerraform(design: Design): ExportFile[] {
  return [
    { path: "main.tf", content: mainTf(design) },
    { path: "variables.tf", content: variablesTf(design) },
    { path: "outputs.tf", content: outputsTf(design) },
  ];
}
