import "server-only";
import http, { type IncomingHttpHeaders, type ServerResponse } from "node:http";
import { XMLParser } from "fast-xml-parser";
import { accountHeader } from "./accounts";
import type { Reply } from "./aws-errors";

const API_VERSIONS: Record<string, string> = { ec2: "2016-11-15", elasticloadbalancing: "2015-12-01" };
// Lists in EC2 (`item`) and ELBv2 (`member`) XML always parse as arrays, even with one entry.
const parser = new XMLParser({ ignoreAttributes: true, parseTagValue: false, isArray: (name) => name === "item" || name === "member" });

/** A request as received, to be sent on to moto unchanged. */
export type RawRequest = { method: string; url: string; headers: IncomingHttpHeaders; body: Buffer };

/**
 * The layer's line to moto. `forward` relays a client's request as it is; `query` is the layer's
 * own out-of-band look-up (for dependency checks), which never passes through the layer and so
 * is never counted or faulted. A keep-alive agent saves a connect per call where moto allows it.
 */
export class MotoClient {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 32 });
  private readonly url: URL;

  constructor(readonly endpoint: string) {
    this.url = new URL(endpoint);
  }

  /** Sends the request to moto and buffers the whole answer (for actions the layer rewrites). */
  async forward(request: RawRequest): Promise<Reply> {
    return new Promise((resolve, reject) => {
      const outgoing = this.open(request, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 502, headers: cleanHeaders(response.headers), body: Buffer.concat(chunks) }));
        response.on("error", reject);
      });
      outgoing.on("error", reject);
      outgoing.end(request.body);
    });
  }

  /** Sends the request to moto and streams its answer straight to the client (the fast path). */
  stream(request: RawRequest, res: ServerResponse): Promise<void> {
    return new Promise((resolve, reject) => {
      const outgoing = this.open(request, (response) => {
        res.writeHead(response.statusCode ?? 502, cleanHeaders(response.headers));
        response.pipe(res);
        response.on("end", () => resolve());
        response.on("error", reject);
      });
      outgoing.on("error", reject);
      outgoing.end(request.body);
    });
  }

  /** Calls a query-protocol action on moto directly and returns its parsed XML; throws on an error answer. */
  async query(service: string, region: string, action: string, params: Record<string, string> = {}): Promise<Record<string, unknown>> {
    const { reply, doc } = await this.queryRaw(service, region, action, params);
    if (reply.status >= 400) throw new Error(`moto ${action} failed (${reply.status}): ${reply.body.toString("utf8").slice(0, 300)}`);
    return doc;
  }

  /** Like `query`, but returns moto's reply as well and does not throw on an AWS error. */
  async queryRaw(service: string, region: string, action: string, params: Record<string, string> = {}): Promise<{ reply: Reply; doc: Record<string, unknown> }> {
    const form = new URLSearchParams({ Action: action, Version: API_VERSIONS[service] ?? "2011-06-15", ...params });
    const body = Buffer.from(form.toString(), "utf8");
    const headers = {
      authorization: `AWS4-HMAC-SHA256 Credential=test/20250101/${region}/${service}/aws4_request, SignedHeaders=host, Signature=0`,
      "content-type": "application/x-www-form-urlencoded; charset=utf-8",
      // The account of the call being handled, when a student's sandbox account made it.
      ...accountHeader(),
    };
    const reply = await this.forward({ method: "POST", url: "/", headers, body });
    return { reply, doc: parser.parse(reply.body.toString("utf8")) as Record<string, unknown> };
  }

  /** Calls moto's own management API (`/moto-api/...`). */
  async admin(path: string, method = "POST"): Promise<void> {
    await this.forward({ method, url: path, headers: { "content-length": "0" }, body: Buffer.alloc(0) });
  }

  close(): void {
    this.agent.destroy();
  }

  private open(request: RawRequest, onResponse: (response: http.IncomingMessage) => void): http.ClientRequest {
    const headers = { ...request.headers, host: this.url.host, "content-length": String(request.body.length) };
    delete headers["transfer-encoding"];
    delete headers.connection;
    return http.request({ hostname: this.url.hostname, port: this.url.port, method: request.method, path: request.url, headers, agent: this.agent }, onResponse);
  }
}

/** moto closes every connection; the layer keeps the client's open, so that header must not pass. */
function cleanHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(headers)) {
    if (value === undefined || key === "connection" || key === "keep-alive" || key === "transfer-encoding") continue;
    out[key] = Array.isArray(value) ? value.join(", ") : value;
  }
  return out;
}
