/**
 * `vpcd adopt --region R --vpc ID [--endpoint URL] [--json]`: imports one VPC (as `vpcd import`
 * does) and records it as a deployment whose desired state is the imported design, with the
 * AWS ids it was read from. `vpcd status <id>` then reads it like a deployed one and shows
 * drift; `vpcd destroy <id>` refuses, since VPC Designer did not create these resources.
 * Nothing in AWS is changed. With `--endpoint` the target is the sandbox (or another endpoint),
 * without it the account of the default credentials. Exit 0 when adopted, 1 when AWS refused,
 * the VPC is not there or its design does not validate, 2 for bad flags.
 */
import "server-only";
import type { DeploymentTarget } from "../../../lib/deploy/types";
import { sharedJournal } from "../../engine/journal-instance";
import { adoptVpcFrom } from "../../interop/adopt-vpc";
import { parseVpcFlags } from "./import";
import { usageOf, type CommandHelp } from "../format/help";

export const help: CommandHelp = {
  usage: ["vpcd adopt --region R --vpc vpc-ID [--endpoint URL] [--json]"],
  description: "Reads one existing VPC and records it as a deployment whose desired state is what was read, so `vpcd status <id>` shows its live state and drift. Nothing in AWS changes, and VPC Designer never deletes an adopted VPC. Exit 0 when adopted, 1 when AWS refused, the VPC is not there or its design does not validate, 2 for bad flags.",
  options: [
    ["--region R", "the VPC's region (required)"],
    ["--vpc vpc-ID", "the VPC to adopt (required)"],
    ["--endpoint URL", "an AWS-compatible endpoint such as the sandbox (default: the real AWS of your credentials)"],
    ["--json", "print what was recorded as JSON"],
  ],
};

const USAGE = usageOf(help);

function parse(args: string[]): { target: DeploymentTarget; vpc: string; json: boolean } | { exit: number } {
  const flags = parseVpcFlags("adopt", USAGE, args);
  if ("exit" in flags) return flags;
  const target: DeploymentTarget = flags.endpoint ? { kind: "sandbox", region: flags.region, endpoint: flags.endpoint } : { kind: "aws", region: flags.region };
  return { target, vpc: flags.vpc, json: flags.json };
}

export async function run(args: string[]): Promise<number> {
  const options = parse(args);
  if ("exit" in options) return options.exit;
  try {
    const result = await adoptVpcFrom(sharedJournal(), options.target, options.vpc);
    if (options.json) {
      process.stdout.write(`${JSON.stringify({ ...result, unsupported: result.unsupported.map((n) => n.text) })}\n`);
      return 0;
    }
    console.log(`Adopted ${result.vpcId} (${result.name}) as deployment ${result.deploymentId}: ${result.resources} resources recorded, nothing changed in AWS.`);
    console.log(`  vpcd status ${result.deploymentId}   compares AWS with the imported design (drift)`);
    console.log("  VPC Designer did not create these resources and will not delete them: cleanup and the sweep leave them alone.");
    if (result.unsupported.length) console.log(`Not expressible in the design, so not compared:\n  ${result.unsupported.map((n) => n.text).join("\n  ")}`);
    return 0;
  } catch (error) {
    const e = error as Error;
    console.error(`vpcd adopt: ${e.name && e.name !== "Error" ? `${e.name}: ` : ""}${e.message}`);
    return 1;
  }
}
