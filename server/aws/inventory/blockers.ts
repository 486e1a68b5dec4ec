import "server-only";
import type { Filter } from "@aws-sdk/client-ec2";
import { liveText, type LiveText, type LiveTextKey } from "../../../lib/live/text";
import { english } from "../../util/english";
import { allEc2, allElb, allInstances } from "../pages";
import type { AwsPort } from "../port";

/**
 * Something that stops a delete, named for people: `message` is a key of the `live` catalogue
 * with its values (lib/cleanup/text.ts), worded in the reader's language by the browser;
 * `text` is the same in English, for the log and the terminal ("instance i-0ab (web-a) is
 * shutting-down").
 */
export type Blocker = { kind: string; awsId: string; logicalId?: string; message: LiveText; text: string };

type Found = Omit<Blocker, "text" | "logicalId">;
type Find = (port: AwsPort, awsId: string, name: (id: string) => string) => Promise<Found[]>;

const f = (Name: string, value: string): Filter[] => [{ Name, Values: [value] }];

/** An AWS word as a message selector: ICU selectors take no hyphen ("shutting-down" selects as "shutting_down"). */
const selector = (word: string) => word.replace(/-/g, "_");

/** A blocker message; `foreign` and `mapped` are filled in later (findBlockers, the gateway attachment). */
const say = (key: LiveTextKey, params: Record<string, string>): LiveText => liveText(key, { mapped: "no", foreign: "no", ...params });

async function enis(port: AwsPort, filters: Filter[], name: (id: string) => string): Promise<Found[]> {
  return (await allEc2(port, "DescribeNetworkInterfaces", { Filters: filters }, "NetworkInterfaces")).map((n) => {
    const id = n.NetworkInterfaceId ?? "?";
    const status = selector(n.Status ?? "unknown");
    const message = n.Attachment?.InstanceId
      ? say("blockerEniOfInstance", { id, instance: name(n.Attachment.InstanceId), status })
      : n.Description
        ? say("blockerEniDescribed", { id, description: n.Description, status })
        : say("blockerEni", { id, type: n.InterfaceType || "none", status });
    return { kind: "network-interface", awsId: id, message };
  });
}

async function instances(port: AwsPort, filters: Filter[], name: (id: string) => string): Promise<Found[]> {
  // States are filtered here, not by AWS: the answer is what AWS reports now.
  return (await allInstances(port, { Filters: filters })).filter((i) => i.State?.Name !== "terminated").map((i) => ({ kind: "instance", awsId: i.InstanceId ?? "?", message: say("blockerInstance", { name: name(i.InstanceId ?? "?"), state: selector(i.State?.Name ?? "unknown") }) }));
}

async function natGateways(port: AwsPort, filters: Filter[], name: (id: string) => string): Promise<Found[]> {
  return (await allEc2(port, "DescribeNatGateways", { Filter: filters }, "NatGateways")).filter((n) => n.State !== "deleted" && n.State !== "failed").map((n) => ({ kind: "nat-gateway", awsId: n.NatGatewayId ?? "?", message: say("blockerNat", { name: name(n.NatGatewayId ?? "?"), state: n.State ?? "unknown", ip: n.NatGatewayAddresses?.[0]?.PublicIp ?? "none" }) }));
}

async function listIds(what: string, ids: string[], name: (id: string) => string): Promise<Found[]> {
  return ids.map((id) => ({ kind: what, awsId: id, message: say("blockerStillThere", { what: selector(what), name: name(id) }) }));
}

/** Finders per cleanup step kind: what AWS would say blocks it, had it said (it does not, §8.2). */
const FINDERS: Record<string, Find> = {
  subnet: async (c, id, name) => [...(await instances(c, f("subnet-id", id), name)), ...(await natGateways(c, f("subnet-id", id), name)), ...(await enis(c, f("subnet-id", id), name))],
  "security-group": async (c, id, name) => {
    const referencing = await allEc2(c, "DescribeSecurityGroups", { Filters: f("ip-permission.group-id", id) }, "SecurityGroups");
    const refs = referencing.filter((g) => g.GroupId !== id).map((g) => ({ kind: "security-group", awsId: g.GroupId ?? "?", message: say("blockerSgRule", { name: name(g.GroupId ?? "?") }) }));
    return [...(await instances(c, f("instance.group-id", id), name)), ...(await enis(c, f("group-id", id), name)), ...refs];
  },
  vpc: async (c, id, name) => {
    const [subnets, igws, groups, tables] = await Promise.all([
      allEc2(c, "DescribeSubnets", { Filters: f("vpc-id", id) }, "Subnets"),
      allEc2(c, "DescribeInternetGateways", { Filters: f("attachment.vpc-id", id) }, "InternetGateways"),
      allEc2(c, "DescribeSecurityGroups", { Filters: f("vpc-id", id) }, "SecurityGroups"),
      allEc2(c, "DescribeRouteTables", { Filters: f("vpc-id", id) }, "RouteTables"),
    ]);
    return [
      ...(await listIds("subnet", subnets.map((s) => s.SubnetId ?? "?"), name)),
      ...(await listIds("internet-gateway", igws.map((g) => g.InternetGatewayId ?? "?"), name)),
      ...(await listIds("security-group", groups.filter((g) => g.GroupName !== "default").map((g) => g.GroupId ?? "?"), name)),
      ...(await listIds("route-table", tables.filter((t) => !t.Associations?.some((a) => a.Main)).map((t) => t.RouteTableId ?? "?"), name)),
      ...(await natGateways(c, f("vpc-id", id), name)),
      ...(await instances(c, f("vpc-id", id), name)),
    ];
  },
  "internet-gateway-attachment": async (c, id, name) => {
    const igw = await c.ec2("DescribeInternetGateways", { InternetGatewayIds: [id] });
    const vpcIds = (igw.InternetGateways ?? []).flatMap((g) => g.Attachments ?? []).map((a) => a.VpcId ?? "");
    const found = await Promise.all(vpcIds.map(async (vpc) => [...(await natGateways(c, f("vpc-id", vpc), name)), ...(await instances(c, f("vpc-id", vpc), name)).filter((b) => b.message.params?.state !== "stopped")]));
    return found.flat().map((b) => ({ ...b, message: { ...b.message, params: { ...b.message.params, mapped: "yes" } } }));
  },
  "internet-gateway": async (c, id, name) => {
    const igw = await c.ec2("DescribeInternetGateways", { InternetGatewayIds: [id] });
    return (igw.InternetGateways ?? []).flatMap((g) => g.Attachments ?? []).map((a) => ({ kind: "vpc", awsId: a.VpcId ?? "?", message: say("blockerAttachedVpc", { name: name(a.VpcId ?? "?") }) }));
  },
  "route-table": async (c, id, name) => {
    const out = await c.ec2("DescribeRouteTables", { RouteTableIds: [id] });
    return (out.RouteTables ?? []).flatMap((t) => t.Associations ?? []).filter((a) => a.SubnetId).map((a) => ({ kind: "subnet", awsId: a.SubnetId!, message: say("blockerAssociatedSubnet", { name: name(a.SubnetId!) }) }));
  },
  "elastic-ip": async (c, id, name) => {
    const nats = await allEc2(c, "DescribeNatGateways", {}, "NatGateways");
    const holding = nats.filter((n) => n.State !== "deleted" && n.NatGatewayAddresses?.some((a) => a.AllocationId === id));
    const out = await c.ec2("DescribeAddresses", { AllocationIds: [id] });
    const assoc = (out.Addresses ?? []).filter((a) => a.AssociationId && !holding.some((n) => n.NatGatewayAddresses?.some((x) => x.NetworkInterfaceId === a.NetworkInterfaceId)));
    return [
      ...holding.map((n) => ({ kind: "nat-gateway", awsId: n.NatGatewayId ?? "?", message: say("blockerNatHolds", { name: name(n.NatGatewayId ?? "?"), state: n.State ?? "unknown" }) })),
      ...assoc.map((a) => ({ kind: "network-interface", awsId: a.NetworkInterfaceId ?? "?", message: a.InstanceId ? say("blockerAssociatedInstance", { name: name(a.InstanceId) }) : say("blockerAssociatedEni", { id: a.NetworkInterfaceId ?? "?" }) })),
    ];
  },
  "target-group": async (c, arn, name) => {
    const groups = await allElb(c, "DescribeTargetGroups", { TargetGroupArns: [arn] }, "TargetGroups");
    return groups.flatMap((g) => g.LoadBalancerArns ?? []).map((lb) => ({ kind: "load-balancer", awsId: lb, message: say("blockerLoadBalancer", { name: name(lb) }) }));
  },
};

/**
 * Names what blocks deleting `awsId` (AWS's DependencyViolation never says), by describing
 * the interfaces, instances, NAT gateways, security-group references and attachments that
 * AWS checks. `logicalIds` turns AWS ids into design names. Never throws: a failed lookup
 * yields no names, and the retry goes on.
 */
export async function findBlockers(port: AwsPort, stepKind: string, awsId: string, logicalIds: ReadonlyMap<string, string>): Promise<Blocker[]> {
  const finder = FINDERS[stepKind];
  if (!finder) return [];
  const name = (id: string) => (logicalIds.has(id) ? `${id} (${logicalIds.get(id)})` : id);
  try {
    const found = await finder(port, awsId, name);
    // Things cleanup would delete itself have a design name; the others are never touched.
    const foreign = new Set(["instance", "nat-gateway", "load-balancer", "security-group"]);
    return found.map((b) => {
      const logicalId = logicalIds.get(b.awsId);
      const isForeign = !logicalId && foreign.has(b.kind) && logicalIds.size > 0;
      const message = isForeign ? { ...b.message, params: { ...b.message.params, foreign: "yes" } } : b.message;
      return { ...b, logicalId, message, text: english(message) };
    });
  } catch {
    return [];
  }
}
