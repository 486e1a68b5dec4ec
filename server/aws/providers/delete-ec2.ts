import "server-only";
import {
  DeleteInternetGatewayCommand,
  DeleteNatGatewayCommand,
  DeleteRouteTableCommand,
  DeleteSecurityGroupCommand,
  DeleteSubnetCommand,
  DeleteVpcCommand,
  DescribeInstancesCommand,
  DescribeInternetGatewaysCommand,
  DescribeNatGatewaysCommand,
  DescribeRouteTablesCommand,
  DetachInternetGatewayCommand,
  DisassociateRouteTableCommand,
  ReleaseAddressCommand,
  TerminateInstancesCommand,
} from "@aws-sdk/client-ec2";
import type { StepOutputs } from "../../../lib/deploy/types";
import { isGone, unlessGone } from "../cleanup-errors";
import type { OpContext } from "./delete-context";
import { pollUntil } from "../poll-until";

const outcome = (result: unknown): StepOutputs => ({ result: result === "gone" ? "already-gone" : "deleted" });
const wait = (ctx: OpContext) => ({ intervalMs: ctx.timing.pollMs, deadlineMs: ctx.timing.deadlineMs, signal: ctx.signal });

/** Terminates an instance and waits for "terminated" (its ENI blocks subnet and SG until then). */
export async function terminateInstance(id: string, ctx: OpContext): Promise<StepOutputs> {
  const result = await unlessGone(() => ctx.clients.ec2.send(new TerminateInstancesCommand({ InstanceIds: [id] })));
  if (!ctx.skipWaits) await pollUntil(`instance ${id} to be terminated`, async () => {
    const out = await unlessGone(() => ctx.clients.ec2.send(new DescribeInstancesCommand({ InstanceIds: [id] })));
    if (out === "gone") return true;
    const states = (out.Reservations ?? []).flatMap((r) => r.Instances ?? []).map((i) => i.State?.Name);
    return states.every((s) => s === "terminated");
  }, wait(ctx));
  return outcome(result);
}

/** Deletes a NAT gateway and waits for "deleted": only then is its Elastic IP free to release. */
export async function deleteNatGateway(id: string, ctx: OpContext): Promise<StepOutputs> {
  const result = await unlessGone(() => ctx.clients.ec2.send(new DeleteNatGatewayCommand({ NatGatewayId: id })));
  if (!ctx.skipWaits) await pollUntil(`NAT gateway ${id} to be deleted`, async () => {
    const out = await unlessGone(() => ctx.clients.ec2.send(new DescribeNatGatewaysCommand({ NatGatewayIds: [id] })));
    return out === "gone" || (out.NatGateways ?? []).every((n) => n.State === "deleted");
  }, wait(ctx));
  return outcome(result);
}

/** Releases an Elastic IP; AWS refuses while a NAT gateway still holds it. */
export async function releaseAddress(allocationId: string, ctx: OpContext): Promise<StepOutputs> {
  return outcome(await unlessGone(() => ctx.clients.ec2.send(new ReleaseAddressCommand({ AllocationId: allocationId }))));
}

/** Removes the table's subnet associations (never the main one), then the table. */
export async function deleteRouteTable(id: string, ctx: OpContext): Promise<StepOutputs> {
  const described = await unlessGone(() => ctx.clients.ec2.send(new DescribeRouteTablesCommand({ RouteTableIds: [id] })));
  if (described === "gone") return outcome("gone");
  const associations = (described.RouteTables ?? []).flatMap((t) => t.Associations ?? []).filter((a) => !a.Main && a.RouteTableAssociationId);
  for (const association of associations) {
    await unlessGone(() => ctx.clients.ec2.send(new DisassociateRouteTableCommand({ AssociationId: association.RouteTableAssociationId })));
  }
  return outcome(await unlessGone(() => ctx.clients.ec2.send(new DeleteRouteTableCommand({ RouteTableId: id }))));
}

/** Detaches the gateway from every VPC it is attached to ("not attached" counts as done). */
export async function detachInternetGateway(id: string, ctx: OpContext): Promise<StepOutputs> {
  const described = await unlessGone(() => ctx.clients.ec2.send(new DescribeInternetGatewaysCommand({ InternetGatewayIds: [id] })));
  if (described === "gone") return outcome("gone");
  const vpcIds = (described.InternetGateways ?? []).flatMap((g) => g.Attachments ?? []).map((a) => a.VpcId).filter((v): v is string => Boolean(v));
  for (const vpcId of vpcIds) {
    await unlessGone(() => ctx.clients.ec2.send(new DetachInternetGatewayCommand({ InternetGatewayId: id, VpcId: vpcId })));
  }
  return { result: vpcIds.length > 0 ? "detached" : "not-attached" };
}

/** Plain deletes whose only precondition is ordering (handled by the plan). */
export const simpleDeletes = {
  "security-group": (id: string, ctx: OpContext) => ctx.clients.ec2.send(new DeleteSecurityGroupCommand({ GroupId: id })),
  subnet: (id: string, ctx: OpContext) => ctx.clients.ec2.send(new DeleteSubnetCommand({ SubnetId: id })),
  "internet-gateway": (id: string, ctx: OpContext) => ctx.clients.ec2.send(new DeleteInternetGatewayCommand({ InternetGatewayId: id })),
  vpc: (id: string, ctx: OpContext) => ctx.clients.ec2.send(new DeleteVpcCommand({ VpcId: id })),
};

/** Runs one of `simpleDeletes`; already gone counts as deleted. */
export async function simpleDelete(kind: keyof typeof simpleDeletes, id: string, ctx: OpContext): Promise<StepOutputs> {
  try {
    await simpleDeletes[kind](id, ctx);
    return outcome("deleted");
  } catch (error) {
    if (isGone(error)) return outcome("gone");
    throw error;
  }
}
