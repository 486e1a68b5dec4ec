/**
 * `vpcd import --region R --vpc ID [--endpoint URL]`: reads one VPC (a real account with the
 * default credentials, or an endpoint such as the sandbox) and prints it as a design document.
 * What the design cannot express is listed on standard error. Exit 0 when imported, 1 when
 * AWS refused or the VPC is not there, 2 for bad flags.
 */
import "server-only";
import { parseArgs } from "node:util";
import { RegionSchema } from "../../../lib/design/schema";
import { importVpcFrom } from "../../interop/import-vpc";
import { usageOf, type CommandHelp } from "../format/help";

export const help: CommandHelp = {
  usage: ["vpcd import --region R --vpc vpc-ID [--endpoint URL]"],
  description: "Reads one existing VPC and prints it as a design document; what the design cannot express is listed on standard error. Exit 0 when imported, 1 when AWS refused or the VPC is not there, 2 for bad flags.",
  options: [
    ["--region R", "the VPC's region (required)"],
    ["--vpc vpc-ID", "the VPC to read (required)"],
    ["--endpoint URL", "an AWS-compatible endpoint such as the sandbox (default: the real AWS of your credentials)"],
  ],
};

const USAGE = usageOf(help);

/** The flags `vpcd import` and `vpcd adopt` share, checked with a message naming the flag; `{ exit }` when they are wrong. */
export function parseVpcFlags(command: string, usage: string, args: string[]): { region: string; vpc: string; endpoint?: string; json: boolean } | { exit: number } {
  let values;
  try {
    ({ values } = parseArgs({ args, options: { region: { type: "string" }, vpc: { type: "string" }, endpoint: { type: "string" }, json: { type: "boolean", default: false }, help: { type: "boolean", short: "h", default: false } } }));
  } catch (error) {
    return (console.error(`vpcd ${command}: ${(error as Error).message}\n${usage}`), { exit: 2 });
  }
  if (values.help) return (console.log(usage), { exit: 0 });
  if (!values.region || !RegionSchema.safeParse(values.region).success) return (console.error(`vpcd ${command}: --region is required and looks like ap-northeast-2 (got ${values.region ? `"${values.region}"` : "nothing"})`), { exit: 2 });
  if (!values.vpc || !/^vpc-[0-9a-f]{8,17}$/.test(values.vpc)) return (console.error(`vpcd ${command}: --vpc is required and looks like vpc-0abc1234 (got ${values.vpc ? `"${values.vpc}"` : "nothing"})`), { exit: 2 });
  if (values.endpoint !== undefined && !/^https?:\/\/[^\s/]+/.test(values.endpoint)) return (console.error(`vpcd ${command}: --endpoint must be a URL like http://127.0.0.1:4566 (got "${values.endpoint}")`), { exit: 2 });
  return { region: values.region, vpc: values.vpc, endpoint: values.endpoint, json: values.json };
}

export async function run(args: string[]): Promise<number> {
  const options = parseVpcFlags("import", USAGE, args);
  if ("exit" in options) return options.exit;
  try {
    const { design, unsupported } = await importVpcFrom({ region: options.region, ...(options.endpoint ? { endpoint: options.endpoint } : {}) }, options.vpc);
    process.stdout.write(`${JSON.stringify(design, null, 2)}\n`);
    if (unsupported.length) console.error(`vpcd import: not expressible in the design, left out:\n  ${unsupported.map((n) => n.text).join("\n  ")}`);
    return 0;
  } catch (error) {
    const e = error as Error;
    console.error(`vpcd import: ${e.name && e.name !== "Error" ? `${e.name}: ` : ""}${e.message}`);
    return 1;
  }
}
