import "server-only";
import type { IncomingHttpHeaders } from "node:http";

/** How the service encodes requests and errors: EC2's query dialect, plain query (ELBv2, STS), or JSON (tagging). */
export type AwsProtocol = "ec2" | "query" | "json";

/** One AWS API call as the layer sees it: who it is for, what it asks, and its raw body. */
export type AwsCall = {
  service: string;
  region: string;
  action: string;
  protocol: AwsProtocol;
  /** Form parameters (query protocols); empty for JSON calls. */
  params: URLSearchParams;
  body: Buffer;
  isMutating: boolean;
};

const CREDENTIAL = /Credential=[^/,\s]+\/\d+\/([^/]+)\/([^/]+)\/aws4_request/;

/**
 * Reads what an incoming request asks for. moto routes by the SigV4 service in the
 * Authorization header, so the layer does the same; the action comes from the form body
 * (query protocols) or the X-Amz-Target header (JSON protocol).
 */
export function parseAwsCall(url: string, headers: IncomingHttpHeaders, body: Buffer): AwsCall {
  const match = CREDENTIAL.exec(String(headers.authorization ?? ""));
  const region = match?.[1] ?? "us-east-1";
  const service = match?.[2] ?? "unknown";
  const target = headers["x-amz-target"];
  if (typeof target === "string") {
    const action = target.slice(target.lastIndexOf(".") + 1);
    return { service, region, action, protocol: "json", params: new URLSearchParams(), body, isMutating: isMutatingAction(action) };
  }
  const query = url.indexOf("?");
  const params = new URLSearchParams(body.length > 0 ? body.toString("utf8") : query >= 0 ? url.slice(query + 1) : "");
  const action = params.get("Action") ?? "Unknown";
  const protocol = service === "ec2" ? "ec2" : "query";
  return { service, region, action, protocol, params, body, isMutating: isMutatingAction(action) };
}

/** Reads (Describe*, Get*, List*) are safe to repeat; everything else changes state. */
export function isMutatingAction(action: string): boolean {
  return !/^(Describe|Get|List)/.test(action);
}

/** Values of a query-protocol list parameter, e.g. `Subnets.member.N` or `InstanceId.N`. */
export function listParam(params: URLSearchParams, prefix: string): string[] {
  const values: Array<[number, string]> = [];
  for (const [key, value] of params) {
    if (!key.startsWith(`${prefix}.`)) continue;
    const index = Number(key.slice(prefix.length + 1));
    if (Number.isInteger(index)) values.push([index, value]);
  }
  return values.sort((a, b) => a[0] - b[0]).map(([, value]) => value);
}
