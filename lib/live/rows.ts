import { usableAddresses } from "../cidr/math";
import { parseCidr } from "../cidr/parse";
import { ruleParams } from "./drift";
import type { AwsSnapshot, SnapshotTarget } from "./snapshot";
import { isSandboxAddress, liveText, type LiveText, type LiveTextKey } from "./text";
import type { StatusField, StatusPhase } from "./types";

/** What a row builder returns before drift and links are added. */
export type RowCore = { state: string; phase: StatusPhase; facts: LiveText[]; fields: StatusField[] };

/** What the builders know besides the snapshot: the design name of each AWS id, and whether this is the sandbox. */
export type RowContext = { names: Record<string, string>; isSandbox: boolean };

const MISSING: RowCore = { state: "missing", phase: "drifted", facts: [liveText("deletedOutside")], fields: [] };
const field = (label: LiveTextKey, value: string | undefined, isCopyable = false, text?: LiveText): StatusField[] =>
  value ? [{ label: liveText(label), value, isCopyable, ...(text ? { text } : {}) }] : [];

const NAT_PHASE: Record<string, StatusPhase> = { pending: "creating", available: "ready", deleting: "deleting", deleted: "drifted", failed: "failed" };
const INSTANCE_PHASE: Record<string, StatusPhase> = { pending: "creating", running: "ready", "shutting-down": "deleting", terminated: "drifted", stopping: "drifted", stopped: "drifted" };
const LB_PHASE: Record<string, StatusPhase> = { provisioning: "creating", active: "ready", active_impaired: "failed", failed: "failed" };

type Builder = (awsId: string, s: AwsSnapshot, ctx: RowContext) => RowCore | undefined;

/** A public or Elastic IP: labelled as a sandbox address when the sandbox handed out a loopback one. */
function publicAddress(ip: string, ctx: RowContext, key: "publicIp" | "elasticIp"): { fact: LiveText; fields: StatusField[] } {
  if (isSandboxAddress(ip, ctx.isSandbox)) return { fact: liveText("sandboxIp", { ip }), fields: field("labelSandboxIp", ip, true) };
  return { fact: liveText(key, { ip }), fields: field(key === "publicIp" ? "labelPublicIp" : "labelElasticIp", ip, true) };
}

/** How one target's health reads: its state word and AWS's reason code, if any. */
export const targetHealthText = (t: SnapshotTarget): LiveText => liveText("targetHealth", { state: t.state, reason: t.reason ?? "none" });

const name = (ctx: RowContext, awsId: string) => ctx.names[awsId] ?? awsId;

/**
 * One builder per kind: reads the snapshot section for the resource. `undefined` means the
 * section was not read (nothing to say yet); `MISSING` means AWS no longer has it.
 */
export const ROW_BUILDERS: Record<string, Builder> = {
  // The node already shows the CIDR in its header: no second line for it.
  vpc: (id, s) => s.vpcs && (find(s.vpcs, id) ? { state: find(s.vpcs, id)!.state, phase: "ready", facts: [], fields: field("labelCidr", find(s.vpcs, id)!.cidr) } : MISSING),
  subnet: (id, s) => {
    if (!s.subnets) return undefined;
    const subnet = find(s.subnets, id);
    if (!subnet) return MISSING;
    const parsed = parseCidr(subnet.cidr);
    const free = parsed.ok ? liveText("freeAddresses", { free: subnet.availableIps, usable: usableAddresses(parsed.value.prefix) }) : liveText("freeAddressesOnly", { free: subnet.availableIps });
    return { state: subnet.state, phase: "ready", facts: [free], fields: [...field("labelCidr", subnet.cidr), ...field("labelFree", String(subnet.availableIps), false, parsed.ok ? liveText("freeOfUsable", { free: subnet.availableIps, usable: usableAddresses(parsed.value.prefix) }) : undefined)] };
  },
  "internet-gateway": (id, s, ctx) => {
    const igw = s.internetGateways && find(s.internetGateways, id);
    if (!s.internetGateways) return undefined;
    if (!igw) return MISSING;
    const attached = igw.attachedVpcIds.map((v) => name(ctx, v)).join(", ");
    return attached
      ? { state: "attached", phase: "ready", facts: [liveText("attachedTo", { vpc: attached })], fields: field("labelAttachedTo", igw.attachedVpcIds.join(", "), true) }
      : { state: "detached", phase: "drifted", facts: [liveText("detachedOutside")], fields: [] };
  },
  "route-table": (id, s, ctx) => {
    const table = s.routeTables && find(s.routeTables, id);
    if (!s.routeTables) return undefined;
    if (!table) return MISSING;
    const fields = table.routes.map((r) => {
      const text = liveText("route", { destination: r.destination, target: name(ctx, r.target), isBlackhole: r.state === "blackhole" ? "yes" : "no" });
      return { label: liveText("labelRoute"), value: `${r.destination} → ${r.target}`, text };
    });
    const isBlackhole = table.routes.some((r) => r.state === "blackhole");
    return { state: isBlackhole ? "blackhole" : "active", phase: isBlackhole ? "drifted" : "ready", facts: [liveText("routes", { count: table.routes.length })], fields };
  },
  "nat-gateway": (id, s, ctx) => {
    const nat = s.natGateways && find(s.natGateways, id);
    if (!s.natGateways) return undefined;
    if (!nat) return MISSING;
    const address = nat.publicIp ? publicAddress(nat.publicIp, ctx, "elasticIp") : undefined;
    const fact = nat.state === "deleted" ? liveText("deletedOutside") : nat.failure ? liveText("natFailed", { reason: nat.failure }) : address ? address.fact : liveText("awsState", { state: nat.state });
    return { state: nat.state, phase: NAT_PHASE[nat.state] ?? "pending", facts: [fact], fields: [...(address?.fields ?? []), ...field("labelFailure", nat.failure)] };
  },
  "elastic-ip": (id, s, ctx) => {
    const address = s.addresses?.find((a) => a.allocationId === id);
    const nat = s.natGateways?.find((n) => n.allocationId === id && n.state !== "deleted");
    const ip = address?.publicIp ?? nat?.publicIp;
    if (!ip) return s.addresses ? MISSING : undefined;
    const shown = publicAddress(ip, ctx, "elasticIp");
    return { state: "allocated", phase: "ready", facts: [shown.fact], fields: [...shown.fields, ...field("labelUsedBy", nat?.id, true)] };
  },
  "security-group": (id, s) => {
    const group = s.securityGroups && find(s.securityGroups, id);
    if (!s.securityGroups) return undefined;
    if (!group) return MISSING;
    const rule = (label: "labelInbound" | "labelOutbound", key: "ruleFrom" | "ruleTo") => (r: Parameters<typeof ruleParams>[0]) => {
      const params = ruleParams(r);
      return { label: liveText(label), value: `${params.protocol} ${params.ports} ${params.peer}`.replace(/\s+/g, " "), text: liveText(key, params) };
    };
    const rules = [...group.ingress.map(rule("labelInbound", "ruleFrom")), ...group.egress.map(rule("labelOutbound", "ruleTo"))];
    return { state: "exists", phase: "ready", facts: [liveText("inboundRules", { count: group.ingress.length })], fields: [...field("labelName", group.name), ...rules] };
  },
  instance: (id, s, ctx) => {
    const instance = s.instances && find(s.instances, id);
    if (!s.instances) return undefined;
    if (!instance) return MISSING;
    const checks = s.instanceChecks?.[id];
    const checkText = checks && liveText("checks", { system: checks.system, instance: checks.instance });
    const address = instance.publicIp ? publicAddress(instance.publicIp, ctx, "publicIp") : undefined;
    const running = [instance.privateIp && liveText("privateIp", { ip: instance.privateIp }), address?.fact, checkText].filter((f): f is LiveText => Boolean(f));
    const facts = instance.state === "running" ? running : [liveText(instance.state === "terminated" ? "terminatedOutside" : "awsState", { state: instance.state })];
    const fields = [...field("labelPrivateIp", instance.privateIp, true), ...(address?.fields ?? []), ...field("labelChecks", checks && `${checks.system}/${checks.instance}`, false, checkText)];
    return { state: instance.state, phase: INSTANCE_PHASE[instance.state] ?? "pending", facts, fields };
  },
  "load-balancer": (arn, s) => {
    if (!s.loadBalancers) return undefined;
    const lb = s.loadBalancers.find((l) => l.arn === arn);
    if (!lb) return MISSING;
    return { state: lb.state, phase: LB_PHASE[lb.state] ?? "pending", facts: [liveText("dnsName", { dns: lb.dnsName })], fields: field("labelDnsName", lb.dnsName, true) };
  },
  "target-group": (arn, s, ctx) => {
    const targets = s.targetHealth?.[arn];
    if (targets === undefined) return undefined;
    if (targets === null) return MISSING;
    const healthy = targets.filter((t) => t.state === "healthy").length;
    // Targets by the instance's design name: "web-a", not "i-0abc…" (the id stays the copyable value).
    const fields = targets.map((t) => ({ label: liveText("labelTarget", { name: name(ctx, t.targetId) }), value: t.targetId, text: targetHealthText(t) }));
    return { state: healthy === targets.length ? "healthy" : "unhealthy", phase: "ready", facts: [liveText("healthyTargets", { healthy, total: targets.length })], fields };
  },
};

function find<T extends { id: string }>(items: T[], id: string): T | undefined {
  return items.find((item) => item.id === id);
}
