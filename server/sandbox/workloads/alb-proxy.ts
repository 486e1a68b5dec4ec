import "server-only";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { IngressPermission } from "./firewall";
import type { HealthState } from "./health";
import type { AlbNode, Topology } from "./topology";
import type { VpcRouter } from "./vpc-router";

/** What the proxy asks the workloads for on each request; all of it from the last reading of moto. */
export type ProxyContext = {
  alb(arn: string): { alb: AlbNode; topology: Topology } | undefined;
  health(tgArn: string, targetId: string, port: number): HealthState;
  /** The VPC router in a scope (sandbox account + region, ./scope.ts). */
  router(scope: string, vpcId: string): VpcRouter | undefined;
  /** The key of the scope the ALB lives in. */
  scope(arn: string): string;
  /** AWS's 10 s connection timeout to a target, time-scaled. */
  connectTimeoutMs(): number;
};

const PAGE = (code: number, title: string) =>
  `<html>\r\n<head><title>${code} ${title}</title></head>\r\n<body>\r\n<center><h1>${code} ${title}</h1></center>\r\n</body>\r\n</html>\r\n`;
const HOP_BY_HOP = ["connection", "keep-alive", "proxy-connection", "transfer-encoding", "upgrade", "te", "trailer"];

/**
 * One ALB's data plane: an HTTP reverse proxy on a loopback port that forwards like the port-80
 * listener's default action (docs/aws-facts.md §14.2): round robin over healthy
 * targets, all targets when none is healthy (fail open), 503 without registered targets, 504
 * when a target does not accept the connection in time, 502 when it refuses. A load balancer
 * the Internet cannot reach (provisioning, internal, no route to an internet gateway, or its
 * security group does not allow port 80 from the Internet) never answers, as on AWS.
 */
export class AlbProxy {
  private next = 0;
  private constructor(private readonly server: http.Server, readonly port: number) {}

  static async start(arn: string, context: ProxyContext): Promise<AlbProxy> {
    const server = http.createServer();
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(0, "127.0.0.1", () => resolve());
    });
    const proxy = new AlbProxy(server, (server.address() as AddressInfo).port);
    server.on("request", (req: IncomingMessage, res: ServerResponse) => void proxy.handle(arn, context, req, res).catch(() => fail(res, 502, "Bad Gateway")));
    return proxy;
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.closeAllConnections();
      this.server.close(() => resolve());
    });
  }

  private async handle(arn: string, context: ProxyContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const view = context.alb(arn);
    const listener = view?.alb.listeners.find((l) => l.port === 80) ?? view?.alb.listeners[0];
    if (!view || !listener || !reachableFromInternet(view.alb, view.topology, listener.port)) return hold(req);
    const action = listener.action;
    if (action?.type === "fixed-response") {
      res.writeHead(action.status ?? 200, { "content-type": action.contentType ?? "text/plain" });
      return void res.end(action.body ?? "");
    }
    const tg = action?.targetGroupArn ? view.topology.targetGroups.get(action.targetGroupArn) : undefined;
    if (!tg) return fail(res, 503, "Service Temporarily Unavailable");
    const states = tg.targets.map((target) => ({ target, state: context.health(tg.arn, target.id, target.port) }));
    const healthy = states.filter((s) => s.state === "healthy");
    // Fail open: with no healthy target, AWS sends requests to every registered target.
    const pool = healthy.length > 0 ? healthy : states.some((s) => s.state === "unhealthy") ? states.filter((s) => s.state !== "unused") : [];
    if (pool.length === 0) return fail(res, 503, "Service Temporarily Unavailable");
    const { target } = pool[this.next++ % pool.length];
    const instance = view.topology.instances.get(target.id);
    const router = instance && context.router(context.scope(arn), instance.vpcId);
    if (!instance || !router) return fail(res, 502, "Bad Gateway");
    const source = view.alb.nodeIps.get(instance.subnetId) ?? [...view.alb.nodeIps.values()][0] ?? "-";
    let socket;
    try {
      socket = await router.connect(source, instance.privateIp, target.port, context.connectTimeoutMs());
    } catch (error) {
      const code = (error as { relay?: string }).relay;
      return code === "timeout" ? fail(res, 504, "Gateway Time-out") : fail(res, 502, "Bad Gateway");
    }
    const headers = { ...req.headers };
    for (const name of HOP_BY_HOP) delete headers[name];
    const client = req.socket.remoteAddress ?? "127.0.0.1";
    headers["x-forwarded-for"] = headers["x-forwarded-for"] ? `${headers["x-forwarded-for"]}, ${client}` : client;
    headers["x-forwarded-proto"] = "http";
    headers["x-forwarded-port"] = String(listener.port);
    headers.connection = "close";
    const upstream = http.request({ createConnection: () => socket, method: req.method, path: req.url, headers }, (answer) => {
      const out = { ...answer.headers };
      for (const name of HOP_BY_HOP) delete out[name];
      res.writeHead(answer.statusCode ?? 502, out);
      answer.pipe(res);
    });
    upstream.on("error", () => fail(res, 502, "Bad Gateway"));
    req.pipe(upstream);
  }
}

/** True when a client on the Internet can reach the ALB's listener port. */
export function reachableFromInternet(alb: AlbNode, topology: Topology, port: number): boolean {
  if (alb.state !== "active" || !alb.internetFacing) return false;
  if (!alb.subnetIds.some((id) => topology.subnets.get(id)?.hasInternetRoute)) return false;
  return alb.groupIds.some((id) => (topology.groups.get(id) ?? []).some((p) => allowsInternet(p, port)));
}

/** A rule allowing `port` from some public IPv4 range (the learner's address is not known; any public range counts). */
function allowsInternet(permission: IngressPermission, port: number): boolean {
  const all = permission.protocol === "-1";
  const tcp = permission.protocol === "tcp" || permission.protocol === "6";
  if (!all && !(tcp && (permission.fromPort ?? 0) <= port && port <= (permission.toPort ?? 65535))) return false;
  return permission.cidrs.some((cidr) => !cidr.includes(":") && !isPrivateRange(cidr));
}

function isPrivateRange(cidr: string): boolean {
  const [a, b] = cidr.split("/")[0].split(".").map(Number);
  const prefix = Number(cidr.split("/")[1] ?? 32);
  return (a === 10 && prefix >= 8) || (a === 172 && b >= 16 && b <= 31 && prefix >= 12) || (a === 192 && b === 168 && prefix >= 16) || (a === 127 && prefix >= 8);
}

/** Accepts the connection and never answers (what a client sees when AWS drops its packets). */
function hold(req: IncomingMessage): void {
  req.socket.setTimeout(30_000, () => req.socket.destroy());
}

function fail(res: ServerResponse, code: number, title: string): void {
  if (res.headersSent) return void res.destroy();
  const body = PAGE(code, title);
  res.writeHead(code, { server: "awselb/2.0", "content-type": "text/html", "content-length": String(Buffer.byteLength(body)) });
  res.end(body);
}
