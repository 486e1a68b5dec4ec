import "server-only";
import { createHash } from "node:crypto";
import { awsError } from "../aws-errors";
import { succeeded, withBody, withCallParams, type Handler } from "../context";

/** The default page size: small, so a caller that ignores NextToken or NextMarker misses resources in tests. */
export const DEFAULT_PAGE_SIZE = 5;

/** The list element each paged EC2 Describe* answer carries its resources in. */
const EC2_SETS: Record<string, string> = {
  DescribeVpcs: "vpcSet",
  DescribeSubnets: "subnetSet",
  DescribeSecurityGroups: "securityGroupInfo",
  DescribeSecurityGroupRules: "securityGroupRuleSet",
  DescribeRouteTables: "routeTableSet",
  DescribeInternetGateways: "internetGatewaySet",
  DescribeNatGateways: "natGatewaySet",
  DescribeInstances: "reservationSet",
  DescribeInstanceStatus: "instanceStatusSet",
  DescribeInstanceTypes: "instanceTypeSet",
  DescribeNetworkInterfaces: "networkInterfaceSet",
  DescribeImages: "imagesSet",
  DescribeTags: "tagSet",
};

/** The same for ELBv2 (Marker / PageSize / NextMarker). DescribeTags and DescribeTargetHealth do not page. */
const ELB_LISTS: Record<string, string> = {
  DescribeLoadBalancers: "LoadBalancers",
  DescribeTargetGroups: "TargetGroups",
  DescribeListeners: "Listeners",
  DescribeRules: "Rules",
};

/** Every action `paged` applies to. */
export const PAGED_ACTIONS = [...Object.keys(EC2_SETS), ...Object.keys(ELB_LISTS)];

// A request naming its resources (InstanceId.1, Names.member.1, …) gets them all, as on AWS.
const EXPLICIT = /^(\w+(Id|Ids|Name)\.\d+|\w*(Ids|Arns|Names)\.member\.\d+)$/;
const PAGING = new Set(["MaxResults", "NextToken", "PageSize", "Marker"]);

/**
 * Pages Describe* answers the way AWS does (docs/aws-facts.md §13.6), at
 * `layer.pageSize` (or the caller's MaxResults / PageSize when smaller): moto answers in full,
 * and the layer hands out one page with an opaque NextToken (EC2) or NextMarker (ELBv2).
 * Tokens are bound to the request's other parameters. `pageSize` 0 turns paging off.
 */
export function paged(next: Handler): Handler {
  return async (ctx) => {
    const { action, params, protocol } = ctx.call;
    const ec2 = protocol === "ec2";
    const asked = Number(params.get(ec2 ? "MaxResults" : "PageSize") ?? 0);
    const size = Math.min(...[ctx.layer.pageSize, asked].filter((n) => n > 0));
    if (!Number.isFinite(size) || [...params.keys()].some((key) => EXPLICIT.test(key))) return next(ctx);
    const rest = new URLSearchParams([...params].filter(([key]) => !PAGING.has(key)));
    const fingerprint = createHash("sha256").update(rest.toString()).digest("hex").slice(0, 16);
    const token = params.get(ec2 ? "NextToken" : "Marker");
    const offset = token ? readToken(token, fingerprint) : 0;
    if (offset === undefined) return awsError(ctx.call, 400, ec2 ? "InvalidParameterValue" : "ValidationError", `The ${ec2 ? "NextToken" : "Marker"} '${token}' is not valid for this request.`);
    const reply = await next(withCallParams(ctx, rest));
    if (!succeeded(reply)) return reply;
    const list = ec2 ? EC2_SETS[action] : ELB_LISTS[action];
    const page = pageOf(reply.body.toString("utf8"), list, ec2 ? "item" : "member", offset, size, ec2 ? "nextToken" : "NextMarker", fingerprint);
    return withBody(reply, page);
  };
}

/** Keeps children `offset … offset+size` of `<list>` and sets (or clears) the next-page element. */
export function pageOf(xml: string, list: string, child: "item" | "member", offset: number, size: number, nextTag: string, fingerprint: string): string {
  const cleaned = xml.replace(new RegExp(`<${nextTag}>[^<]*</${nextTag}>|<${nextTag}/>`, "g"), "");
  const open = `<${list}>`;
  const close = `</${list}>`;
  const start = cleaned.indexOf(open);
  const end = cleaned.lastIndexOf(close);
  if (start < 0 || end < start) return cleaned;
  const inner = cleaned.slice(start + open.length, end);
  const children = directChildren(inner, child);
  const kept = children.slice(offset, offset + size).join("");
  const more = offset + size < children.length ? `<${nextTag}>${makeToken(offset + size, fingerprint)}</${nextTag}>` : "";
  return `${cleaned.slice(0, start)}${open}${kept}${close}${more}${cleaned.slice(end + close.length)}`;
}

/** The top-level `<child>…</child>` elements of `xml`, nested ones kept inside their parent. */
function directChildren(xml: string, child: string): string[] {
  const tokens = new RegExp(`<${child}>|</${child}>`, "g");
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let token = tokens.exec(xml); token; token = tokens.exec(xml)) {
    if (token[0] === `<${child}>`) {
      if (depth === 0) from = token.index;
      depth += 1;
    } else {
      depth -= 1;
      if (depth === 0) out.push(xml.slice(from, token.index + token[0].length));
    }
  }
  return out;
}

function makeToken(offset: number, fingerprint: string): string {
  return Buffer.from(JSON.stringify({ o: offset, f: fingerprint }), "utf8").toString("base64url");
}

function readToken(token: string, fingerprint: string): number | undefined {
  try {
    const parsed = JSON.parse(Buffer.from(token, "base64url").toString("utf8")) as { o?: unknown; f?: unknown };
    return parsed.f === fingerprint && Number.isInteger(parsed.o) && (parsed.o as number) >= 0 ? (parsed.o as number) : undefined;
  } catch {
    return undefined;
  }
}
