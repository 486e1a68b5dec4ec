import { usableAddresses } from "../cidr/math";
import { parseCidr } from "../cidr/parse";
import { formatRule } from "./drift";
import type { AwsSnapshot } from "./snapshot";
import type { StatusField, StatusPhase } from "./types";

/** What a row builder returns before drift and links are added. */
export type RowCore = { state: string; phase: StatusPhase; detail?: string; fields: StatusField[] };

const MISSING: RowCore = { state: "missing", phase: "drifted", detail: "deleted outside the app", fields: [] };
const field = (label: string, value: string | undefined, isCopyable = false): StatusField[] => (value ? [{ label, value, isCopyable }] : []);

const NAT_PHASE: Record<string, StatusPhase> = { pending: "creating", available: "ready", deleting: "deleting", deleted: "drifted", failed: "failed" };
const INSTANCE_PHASE: Record<string, StatusPhase> = { pending: "creating", running: "ready", "shutting-down": "deleting", terminated: "drifted", stopping: "drifted", stopped: "drifted" };
const LB_PHASE: Record<string, StatusPhase> = { provisioning: "creating", active: "ready", active_impaired: "failed", failed: "failed" };

type Builder = (awsId: string, s: AwsSnapshot) => RowCore | undefined;

/**
 * One builder per kind: reads the snapshot section for the resource. `undefined` means the
 * section was not read (nothing to say yet); `MISSING` means AWS no longer has it.
 */
export const ROW_BUILDERS: Record<string, Builder> = {
  vpc: (id, s) => s.vpcs && (find(s.vpcs, id) ? { state: find(s.vpcs, id)!.state, phase: "ready", detail: find(s.vpcs, id)!.cidr, fields: field("CIDR", find(s.vpcs, id)!.cidr) } : MISSING),
  subnet: (id, s) => {
    if (!s.subnets) return undefined;
    const subnet = find(s.subnets, id);
    if (!subnet) return MISSING;
    const parsed = parseCidr(subnet.cidr);
    const usable = parsed.ok ? usableAddresses(parsed.value.prefix) : undefined;
    const free = usable === undefined ? `${subnet.availableIps} free` : `${subnet.availableIps} of ${usable} free`;
    return { state: subnet.state, phase: "ready", detail: free, fields: [...field("CIDR", subnet.cidr), ...field("Free addresses", free)] };
  },
  "internet-gateway": (id, s) => {
    const igw = s.internetGateways && find(s.internetGateways, id);
    if (!s.internetGateways) return undefined;
    if (!igw) return MISSING;
    const attached = igw.attachedVpcIds.join(", ");
    return attached
      ? { state: "attached", phase: "ready", detail: `attached to ${attached}`, fields: field("Attached to", attached, true) }
      : { state: "detached", phase: "drifted", detail: "detached outside the app", fields: [] };
  },
  "route-table": (id, s) => {
    const table = s.routeTables && find(s.routeTables, id);
    if (!s.routeTables) return undefined;
    if (!table) return MISSING;
    const routes = table.routes.map((r) => `${r.destination} → ${r.target}${r.state === "blackhole" ? " (blackhole)" : ""}`);
    const isBlackhole = table.routes.some((r) => r.state === "blackhole");
    return { state: isBlackhole ? "blackhole" : "active", phase: isBlackhole ? "drifted" : "ready", detail: `${table.routes.length} routes`, fields: routes.map((r) => ({ label: "Route", value: r })) };
  },
  "nat-gateway": (id, s) => {
    const nat = s.natGateways && find(s.natGateways, id);
    if (!s.natGateways) return undefined;
    if (!nat) return MISSING;
    const detail = nat.state === "deleted" ? "deleted outside the app" : nat.publicIp ? `EIP ${nat.publicIp}` : nat.state;
    return { state: nat.state, phase: NAT_PHASE[nat.state] ?? "pending", detail, fields: [...field("Elastic IP", nat.publicIp, true), ...field("Failure", nat.failure)] };
  },
  "elastic-ip": (id, s) => {
    const address = s.addresses?.find((a) => a.allocationId === id);
    const nat = s.natGateways?.find((n) => n.allocationId === id && n.state !== "deleted");
    const ip = address?.publicIp ?? nat?.publicIp;
    if (ip) return { state: "allocated", phase: "ready", detail: ip, fields: [...field("Public IP", ip, true), ...field("Used by", nat?.id, true)] };
    return s.addresses ? MISSING : undefined;
  },
  "security-group": (id, s) => {
    const group = s.securityGroups && find(s.securityGroups, id);
    if (!s.securityGroups) return undefined;
    if (!group) return MISSING;
    const rules = [...group.ingress.map((r) => ({ label: "Inbound", value: formatRule(r, "from") })), ...group.egress.map((r) => ({ label: "Outbound", value: formatRule(r, "to") }))];
    return { state: "exists", phase: "ready", detail: `${group.ingress.length} inbound rules`, fields: [...field("Name", group.name), ...rules] };
  },
  instance: (id, s) => {
    const instance = s.instances && find(s.instances, id);
    if (!s.instances) return undefined;
    if (!instance) return MISSING;
    const checks = s.instanceChecks?.[id];
    const checkText = checks ? `checks ${checks.system}/${checks.instance}` : undefined;
    const detail = instance.state === "running" ? [instance.privateIp, instance.publicIp, checkText].filter(Boolean).join(" · ") : instance.state === "terminated" ? "terminated outside the app" : instance.state;
    const fields = [...field("Private IP", instance.privateIp, true), ...field("Public IP", instance.publicIp, true), ...field("Status checks", checks && `system ${checks.system}, instance ${checks.instance}`)];
    return { state: instance.state, phase: INSTANCE_PHASE[instance.state] ?? "pending", detail, fields };
  },
  "load-balancer": (arn, s) => {
    if (!s.loadBalancers) return undefined;
    const lb = s.loadBalancers.find((l) => l.arn === arn);
    if (!lb) return MISSING;
    return { state: lb.state, phase: LB_PHASE[lb.state] ?? "pending", detail: lb.dnsName, fields: field("DNS name", lb.dnsName, true) };
  },
  "target-group": (arn, s) => {
    const targets = s.targetHealth?.[arn];
    if (targets === undefined) return undefined;
    if (targets === null) return MISSING;
    const healthy = targets.filter((t) => t.state === "healthy").length;
    const fields = targets.map((t) => ({ label: t.targetId, value: t.reason ? `${t.state} (${t.reason})` : t.state }));
    return { state: healthy === targets.length ? "healthy" : "unhealthy", phase: "ready", detail: `${healthy}/${targets.length} healthy`, fields };
  },
};

function find<T extends { id: string }>(items: T[], id: string): T | undefined {
  return items.find((item) => item.id === id);
}
