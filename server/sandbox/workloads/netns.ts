import "server-only";
import { readdirSync } from "node:fs";
import { run, tryRun } from "./run";

/**
 * The sandbox's private network, built from Linux network namespaces so nothing touches the
 * host's own interfaces, routes or firewall:
 *
 *   instance ns (eth0 = its PrivateIpAddress/subnet prefix, default via subnet .1)
 *     └─ veth ─ router ns of its VPC: one bridge per subnet holding the VPC router's .1
 *               address and the ALB's node addresses in that subnet; forwards between subnets.
 *
 * Names carry the owning process id (`vpcd-<pid>-<n>-…`), so a sandbox killed without
 * stopping leaves namespaces the next one can recognise as stale and delete.
 */
export const NETNS_PREFIX = "vpcd-";
const NETNS_DIR = "/run/netns";

/** Creates the VPC's router namespace: loopback up, forwarding on. */
export async function createRouter(ns: string): Promise<void> {
  await run("ip", ["netns", "add", ns]);
  await run("ip", ["-n", ns, "link", "set", "lo", "up"]);
  await run("ip", ["netns", "exec", ns, "sysctl", "-qw", "net.ipv4.ip_forward=1"]);
}

/** A subnet's bridge in the router namespace, holding the VPC router address (`192.168.2.1/24`). */
export async function createSubnetBridge(router: string, bridge: string, routerCidr: string): Promise<void> {
  await run("ip", ["-n", router, "link", "add", bridge, "type", "bridge"]);
  await run("ip", ["-n", router, "addr", "add", routerCidr, "dev", bridge]);
  await run("ip", ["-n", router, "link", "set", bridge, "up"]);
}

/** Adds an address the router answers for (an ALB node in that subnet); already present is fine. */
export async function addRouterAddress(router: string, bridge: string, ip: string): Promise<void> {
  await tryRun("ip", ["-n", router, "addr", "add", `${ip}/32`, "dev", bridge]);
}

export type InstanceLink = { ns: string; router: string; bridge: string; peer: string; ip: string; prefix: number; gateway: string };

/**
 * The instance's namespace: `eth0` with its private IP, wired to its subnet's bridge. Ports
 * below 1024 are unprivileged there, so user data running as a mapped (not real) root can
 * listen on :80 as it would on the instance.
 */
export async function createInstanceNetwork(link: InstanceLink): Promise<void> {
  await run("ip", ["netns", "add", link.ns]);
  await run("ip", ["link", "add", "eth0", "netns", link.ns, "type", "veth", "peer", "name", link.peer, "netns", link.router]);
  await run("ip", ["-n", link.router, "link", "set", link.peer, "master", link.bridge]);
  await run("ip", ["-n", link.router, "link", "set", link.peer, "up"]);
  await run("ip", ["-n", link.ns, "addr", "add", `${link.ip}/${link.prefix}`, "dev", "eth0"]);
  await run("ip", ["-n", link.ns, "link", "set", "lo", "up"]);
  await run("ip", ["-n", link.ns, "link", "set", "eth0", "up"]);
  await run("ip", ["-n", link.ns, "route", "add", "default", "via", link.gateway]);
  await run("ip", ["netns", "exec", link.ns, "sysctl", "-qw", "net.ipv4.ip_unprivileged_port_start=0"]);
}

/** Deletes a namespace; its veth ends, bridges and nftables tables go with it. */
export async function deleteNamespace(ns: string): Promise<void> {
  await tryRun("ip", ["netns", "delete", ns]);
}

/** Namespaces whose names start with `prefix` (the sandbox's own, or every vpcd one). */
export function namespacesWith(prefix: string): string[] {
  try {
    return readdirSync(NETNS_DIR).filter((name) => name.startsWith(prefix));
  } catch {
    return [];
  }
}

/** Deletes namespaces left by sandbox processes that no longer exist. */
export async function deleteStaleNamespaces(): Promise<void> {
  for (const name of namespacesWith(NETNS_PREFIX)) {
    const pid = Number(/^vpcd-(\d+)-/.exec(name)?.[1]);
    if (Number.isInteger(pid) && pid > 0 && !isAlive(pid)) await deleteNamespace(name);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
