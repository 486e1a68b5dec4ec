/**
 * `vpcd reach <file|-> --from <internet|id> --to <internet|id> [--port N] [--protocol tcp|udp|icmp]
 * [--json] [--lang en|ko]`: can one end reach the other, hop by hop, and what blocks it.
 * Exit 0 whenever the question is answered (reachable or blocked, findings or not: a learner
 * asks exactly when something is wrong), 2 when the input is not a design, an end names no
 * such entity, or an option is wrong.
 */
import "server-only";
import { parseArgs } from "node:util";
import { formatReach, naclAssumption, reach, type Protocol, type ReachAnswer } from "../../../lib/reach";
import type { Locale } from "../../../lib/rules";
import { loadDesignFile } from "./plan";
import { usageOf, type CommandHelp } from "../format/help";

export const help: CommandHelp = {
  usage: ["vpcd reach <file|-> --from <internet|entity id> --to <internet|entity id> [--port N] [--protocol tcp|udp|icmp] [--json] [--lang en|ko]"],
  description: "Answers whether one end can reach another in a design, hop by hop, and names what blocks it. An end is \"internet\", an instance, a subnet or a load balancer id. Exit 0 whenever the question is answered (reachable or blocked), 2 for unreadable input, not a design, or no such entity.",
  options: [
    ["--from <internet|id>", "where the traffic starts (required)"],
    ["--to <internet|id>", "where it should arrive (required)"],
    ["--port N", "the destination port (default 80)"],
    ["--protocol tcp|udp|icmp", "the protocol (default tcp)"],
    ["--json", "print the answer as JSON"],
    ["--lang en|ko", "the language of the answer (default en)"],
  ],
};

const USAGE = usageOf(help);
const PROTOCOLS: readonly string[] = ["tcp", "udp", "icmp"];

type Options = { source: string; from: string; to: string; port: number; protocol: Protocol; json: boolean; lang: Locale };

/** Loads the design, asks the one question and prints the answer as text or the documented JSON. */
export async function run(args: string[]): Promise<number> {
  const options = parseOptions(args);
  if (typeof options === "number") return options;
  const loaded = await loadDesignFile(options.source);
  if (!loaded.ok) return fail(loaded.message);
  const result = reach(loaded.design, { from: options.from, to: options.to, protocol: options.protocol, port: options.port });
  if (!result.ok) return fail(`--${result.error.field}: ${result.error.message}`);
  if (options.json) process.stdout.write(`${JSON.stringify(toJson(result.answer, options.lang))}\n`);
  else process.stdout.write(renderText(options, loaded.design.name, result.answer));
  return 0;
}

function fail(message: string): number {
  console.error(`vpcd reach: ${message}`);
  return 2;
}

function parseOptions(args: string[]): Options | number {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        from: { type: "string" },
        to: { type: "string" },
        port: { type: "string", default: "80" },
        protocol: { type: "string", default: "tcp" },
        json: { type: "boolean", default: false },
        lang: { type: "string", default: "en" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(`${USAGE}\n--port defaults to 80 and --protocol to tcp; an end is "internet", an instance, a subnet or a load balancer id.\nExit code: 0 answered (reachable or blocked), 2 unreadable input, not a design, or no such entity.`);
    return 0;
  }
  if (positionals.length !== 1) return fail(`give one design file, or - for standard input\n${USAGE}`);
  if (!values.from || !values.to) return fail(`--from and --to are both required\n${USAGE}`);
  if (!PROTOCOLS.includes(values.protocol)) return fail(`--protocol must be tcp, udp or icmp (got "${values.protocol}")`);
  if (values.lang !== "en" && values.lang !== "ko") return fail(`--lang must be en or ko (got "${values.lang}")`);
  const port = /^\d{1,5}$/.test(values.port) ? Number(values.port) : Number.NaN;
  if (!(port >= 1 && port <= 65535)) return fail(`--port must be a whole number from 1 to 65535 (got "${values.port}")`);
  return { source: positionals[0], from: values.from, to: values.to, port, protocol: values.protocol as Protocol, json: values.json, lang: values.lang };
}

/** Exactly the documented machine shape; `via` and message params stay out so it is stable. */
function toJson(answer: ReachAnswer, lang: Locale) {
  const { blockedAt } = answer;
  return {
    verdict: answer.verdict,
    path: answer.path.map((h) => ({ entityId: h.entityId, kind: h.kind, note: formatReach(h.key, h.params, lang) })),
    blockedAt: blockedAt ? { entityId: blockedAt.entityId, kind: blockedAt.kind, code: blockedAt.code, reason: formatReach(blockedAt.key, blockedAt.params, lang) } : null,
  };
}

const WORDS: Record<Locale, { reachable: string; blocked: string; direct: string; via: string; at: string }> = {
  en: { reachable: "reachable", blocked: "blocked", direct: "directly", via: "through load balancer", at: "Blocked at" },
  ko: { reachable: "도달 가능", blocked: "차단됨", direct: "직접", via: "로드 밸런서 경유:", at: "차단 지점" },
};

function renderText(o: Options, name: string, answer: ReachAnswer): string {
  const w = WORDS[o.lang];
  const traffic = o.protocol === "icmp" ? "icmp" : `${o.protocol}/${o.port}`;
  const how = answer.via === "direct" ? w.direct : `${w.via} ${answer.via}`;
  const lines = [`${o.source === "-" ? "standard input" : o.source}: ${name}`, `${o.from} → ${o.to}  ${traffic}: ${answer.verdict === "reachable" ? w.reachable : w.blocked} (${how})`, ""];
  const width = Math.max(...answer.path.map((h) => h.entityId.length));
  answer.path.forEach((h, i) => lines.push(`  ${h.isBlocked ? "✗" : String(i + 1).padStart(2)} ${h.entityId.padEnd(width)}  ${formatReach(h.key, h.params, o.lang)}`));
  if (answer.blockedAt) lines.push("", `${w.at} ${answer.blockedAt.entityId} (${answer.blockedAt.kind}) [${answer.blockedAt.code}]: ${formatReach(answer.blockedAt.key, answer.blockedAt.params, o.lang)}`);
  lines.push("", naclAssumption(o.lang));
  return `${lines.join("\n")}\n`;
}
