import "server-only";
import { succeeded, withBody, withCallParams, type Handler } from "../context";
import { takeFilter } from "../state-rewrites";
import { rewriteBlocks } from "../xml-blocks";

type TagFilter = { name: string; values: string[] };

const isTagFilter = (name: string) => name.startsWith("tag:") || name === "tag-key" || name === "tag-value";

/** AWS filter values allow `*` (any run) and `?` (one character). */
function wildcard(value: string): RegExp {
  const body = value.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[\\s\\S]*").replace(/\?/g, "[\\s\\S]");
  return new RegExp(`^${body}$`);
}

function tagsOf(block: string): Array<{ key: string; value: string }> {
  const set = /<tagSet>([\s\S]*?)<\/tagSet>/.exec(block)?.[1] ?? "";
  return [...set.matchAll(/<item>\s*<key>([^<]*)<\/key>\s*<value>([^<]*)<\/value>\s*<\/item>/g)].map((m) => ({ key: unescapeXml(m[1]), value: unescapeXml(m[2]) }));
}

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
}

function matches(block: string, filters: TagFilter[]): boolean {
  const tags = tagsOf(block);
  return filters.every((filter) => {
    const patterns = filter.values.map(wildcard);
    const hit = (text: string) => patterns.some((p) => p.test(text));
    if (filter.name === "tag-key") return tags.some((t) => hit(t.key));
    if (filter.name === "tag-value") return tags.some((t) => hit(t.value));
    const key = filter.name.slice("tag:".length);
    return tags.some((t) => t.key === key && hit(t.value));
  });
}

/**
 * DescribeNatGateways with tag filters (`tag:<key>`, `tag-key`, `tag-value`): moto ignores
 * them and returns every NAT gateway, so a second lab's find-by-tag would adopt the first
 * lab's gateway. The layer takes the tag filters out, lets `next` answer, and keeps only the
 * gateways whose tags match, as AWS does (docs/aws-facts.md §13.11).
 */
export function withNatTagFilters(next: Handler): Handler {
  return async (ctx) => {
    const taken: TagFilter[] = [];
    let params = ctx.call.params;
    for (let name = tagFilterName(params); name; name = tagFilterName(params)) {
      const result = takeFilter(params, name);
      taken.push({ name, values: result.values ?? [] });
      params = result.params;
    }
    if (taken.length === 0) return next(ctx);
    const reply = await next(withCallParams(ctx, params));
    if (!succeeded(reply)) return reply;
    return withBody(reply, rewriteBlocks(reply.body.toString("utf8"), "item", "natGatewayId", (_, block) => (matches(block, taken) ? block : "")));
  };
}

function tagFilterName(params: URLSearchParams): string | undefined {
  for (const [key, value] of params) if (/^Filter\.\d+\.Name$/.test(key) && isTagFilter(value)) return value;
  return undefined;
}
