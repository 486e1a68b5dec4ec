import "server-only";
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { projectRoot } from "../../util/project-root";
import { addRouterAddress, createRouter, createSubnetBridge, deleteNamespace } from "./netns";

export type RelayError = "timeout" | "refused" | "unreachable";

/**
 * One VPC's router namespace: a bridge per subnet (holding the subnet's .1, as the VPC router
 * does, and the ALB's node addresses), and the relay (router-forwarder.py) through which the
 * host-side load balancer opens TCP connections inside the VPC.
 */
export class VpcRouter {
  private bridges = new Map<string, string>();
  private relay?: ChildProcess;

  constructor(readonly ns: string, private readonly socketPath: string) {}

  async start(): Promise<void> {
    await createRouter(this.ns);
    const python = path.join(projectRoot(), ".venv", "bin", "python");
    const script = path.join(projectRoot(), "server/sandbox/workloads/router-forwarder.py");
    const relay = spawn("ip", ["netns", "exec", this.ns, python, script, this.socketPath], { stdio: ["pipe", "pipe", "ignore"] });
    this.relay = relay;
    await new Promise<void>((resolve, reject) => {
      relay.stdout?.once("data", () => resolve());
      relay.once("exit", (code) => reject(new Error(`the VPC router's relay exited (${code})`)));
      relay.once("error", reject);
    });
  }

  /** The subnet's bridge, created on first use with the VPC router's address (`gatewayCidr`). */
  async bridgeFor(subnetId: string, gatewayCidr: string): Promise<string> {
    const known = this.bridges.get(subnetId);
    if (known) return known;
    const bridge = `b${this.bridges.size}`;
    this.bridges.set(subnetId, bridge);
    await createSubnetBridge(this.ns, bridge, gatewayCidr);
    return bridge;
  }

  /** Puts an ALB node's private IP on its subnet's bridge, so health checks come from it. */
  async addNode(subnetId: string, gatewayCidr: string, ip: string): Promise<void> {
    await addRouterAddress(this.ns, await this.bridgeFor(subnetId, gatewayCidr), ip);
  }

  /**
   * A TCP connection from `source` (an address the router holds, "-" for the router's own) to
   * `target:port` inside the VPC; rejects with a RelayError code when it cannot be opened
   * (a security group drops it: `timeout`; nothing listens: `refused`).
   */
  connect(source: string, target: string, port: number, timeoutMs: number): Promise<net.Socket> {
    return new Promise((resolve, reject) => {
      const socket = net.connect(this.socketPath);
      let answer = "";
      const fail = (code: RelayError) => {
        socket.destroy();
        reject(Object.assign(new Error(`connect ${target}:${port}: ${code}`), { relay: code }));
      };
      socket.on("error", () => fail("unreachable"));
      socket.on("data", function onData(chunk: Buffer) {
        answer += chunk.toString("latin1");
        const end = answer.indexOf("\n");
        if (end < 0) return;
        socket.off("data", onData);
        socket.removeAllListeners("error");
        // Whoever uses the socket handles its errors; this keeps a late one from going unheard.
        socket.on("error", () => undefined);
        const line = answer.slice(0, end);
        const rest = answer.slice(end + 1);
        if (line !== "OK") return fail((line.split(" ")[1] as RelayError) || "unreachable");
        if (rest) socket.unshift(Buffer.from(rest, "latin1"));
        resolve(socket);
      });
      socket.write(`CONNECT ${source} ${target} ${port} ${Math.max(1, Math.round(timeoutMs))}\n`);
    });
  }

  /** Stops the relay and deletes the namespace (its bridges and veth ends go with it). */
  async stop(): Promise<void> {
    this.relay?.kill("SIGKILL");
    await deleteNamespace(this.ns);
  }
}
