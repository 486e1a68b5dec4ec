/**
 * CloudFormation export: one YAML template with Parameters (deployment tag, images from SSM
 * public parameters, load balancer and target group names) and Outputs (VPC ids, load
 * balancer DNS names, instance ids). Long-form intrinsics (`Ref:`, `Fn::GetAtt:`) keep the
 * file plain YAML that any parser reads. Pure and deterministic.
 */
import { SSM_IMAGE_PARAMETERS } from "../catalog/images";
import type { Design, ImageChoice } from "../design/schema";
import { cfnResources, ids, imageParameter } from "./cloudformation-resources";
import { defaultDeployment, elbSafeName, sorted } from "./names";
import type { ExportFile } from "./types";
import { renderYaml, type YamlValue } from "./yaml";

function parameters(design: Design): Record<string, YamlValue> {
  const out: Record<string, YamlValue> = {
    Deployment: { Type: "String", Default: defaultDeployment(design), Description: "Value of the vpcd:deployment tag on every resource", MinLength: 1, MaxLength: 128 },
  };
  for (const image of [...new Set(sorted(design.instances).map((i) => i.image))].sort()) {
    out[imageParameter(image)] = { Type: "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>", Default: SSM_IMAGE_PARAMETERS[image as ImageChoice], Description: `Current ${image} image of the region` };
  }
  for (const e of [...sorted(design.targetGroups), ...sorted(design.loadBalancers)]) {
    out[ids.nameParameter(e.id)] = { Type: "String", Default: elbSafeName(e.name), AllowedPattern: "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,30}[A-Za-z0-9])?$", Description: `ELBv2 name of ${e.name} (unique in the account and region)` };
  }
  return out;
}

function outputs(design: Design): Record<string, YamlValue> {
  const out: Record<string, YamlValue> = {};
  for (const v of sorted(design.vpcs)) out[`${ids.vpc(v.id)}Id`] = { Description: `VPC id of ${v.name}`, Value: { Ref: ids.vpc(v.id) } };
  for (const lb of sorted(design.loadBalancers)) out[`${ids.lb(lb.id)}DnsName`] = { Description: `DNS name of the load balancer ${lb.name}`, Value: { "Fn::GetAtt": [ids.lb(lb.id), "DNSName"] } };
  for (const i of sorted(design.instances)) out[`${ids.instance(i.id)}Id`] = { Description: `Instance id of ${i.name}`, Value: { Ref: ids.instance(i.id) } };
  return out;
}

/** The template as one file, `<design-slug>.cloudformation.yaml` by the caller's choice of name. */
export function exportCloudFormation(design: Design): ExportFile[] {
  const doc = {
    AWSTemplateFormatVersion: "2010-09-09",
    Description: `${design.name.replace(/[\r\n]+/g, " ")}: exported by VPC Designer`.slice(0, 1024),
    Parameters: parameters(design),
    Resources: cfnResources(design),
    Outputs: outputs(design),
  };
  const note = "# Exported by VPC Designer. Every resource is tagged Name and vpcd:deployment (the Deployment parameter).\n";
  return [{ path: "template.yaml", content: note + renderYaml(doc) }];
}
