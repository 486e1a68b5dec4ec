/**
 * `vpcd schema`: the JSON Schema of the design document, generated from the zod schema so it
 * can never drift. Editors use it for completion; cross-entity meaning stays in `vpcd validate`.
 */
import "server-only";
import { parseArgs } from "node:util";
import { z } from "zod";
import { CidrSchema, DesignSchema, SCHEMA_VERSION } from "../../../lib/design/schema";
import { usageOf, type CommandHelp } from "../format/help";

export const help: CommandHelp = {
  usage: ["vpcd schema"],
  description: "Prints the JSON Schema of the design document, generated from the schema the app uses, for editor completion. Cross-entity checks stay in `vpcd validate`.",
  options: [],
};

const USAGE = usageOf(help);

/** Dotted quad and prefix; the exact rules (no host bits, octets ≤ 255) are checked on load. */
const CIDR_PATTERN = "^\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}/\\d{1,2}$";

/**
 * The document schema as JSON Schema (draft 2020-12), describing what a person writes (`io:
 * "input"`, so fields with defaults are optional). Branded ids become their string patterns;
 * refinements JSON Schema cannot express (ids unique across collections, keys equal to ids)
 * are left to loading, and CIDRs get a pattern and a description.
 */
export function designJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(DesignSchema, {
    io: "input",
    unrepresentable: "any",
    override: (ctx) => {
      if (ctx.zodSchema === CidrSchema) {
        ctx.jsonSchema.pattern = CIDR_PATTERN;
        ctx.jsonSchema.description = "IPv4 CIDR with no host bits, e.g. 10.0.0.0/16";
      }
    },
  });
  return { ...schema, title: `VPC Designer design document, schemaVersion ${SCHEMA_VERSION}` };
}

/** Prints the schema; exit 0, or 2 for unexpected arguments. */
export async function run(args: string[]): Promise<number> {
  try {
    const { values } = parseArgs({ args, options: { help: { type: "boolean", short: "h", default: false } } });
    if (values.help) {
      console.log(`${USAGE}\nPrints the JSON Schema of the design document.`);
      return 0;
    }
  } catch (error) {
    console.error(`vpcd schema: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  process.stdout.write(`${JSON.stringify(designJsonSchema(), null, 2)}\n`);
  return 0;
}
