import "server-only";
import type { Handler, Layer } from "../context";
import { dig, nodeText } from "./lookups";

/**
 * AWS gives an ALB one requester-managed network interface per subnet, described
 * `ELB app/<name>/<id>`, and releases them some time after DeleteLoadBalancer. moto creates
 * none, so the layer creates them in moto: cleanup code that polls DescribeNetworkInterfaces
 * (docs/aws-facts.md §8.1 step 3) sees them appear and go, as on AWS.
 */
export async function createAlbInterfaces(layer: Layer, region: string, alb: { arn: string; name: string; subnetIds: string[]; securityGroupIds: string[] }): Promise<void> {
  const description = `ELB app/${alb.name}/${alb.arn.split("/").pop() ?? ""}`;
  const interfaceIds: string[] = [];
  for (const subnetId of alb.subnetIds) {
    const groups = Object.fromEntries(alb.securityGroupIds.map((id, i) => [`SecurityGroupId.${i + 1}`, id]));
    const doc = await layer.moto.query("ec2", region, "CreateNetworkInterface", { SubnetId: subnetId, Description: description, ...groups });
    interfaceIds.push(nodeText(dig(doc, ["CreateNetworkInterfaceResponse", "networkInterface"])[0] ?? {}, "networkInterfaceId"));
  }
  layer.albInterfaces.set(alb.arn, { region, interfaceIds: interfaceIds.filter(Boolean) });
}

/** Deletes, in moto, the interfaces of ALBs whose linger time has passed. Runs before any rule that could see them. */
export async function releaseExpiredAlbInterfaces(layer: Layer): Promise<void> {
  for (const [arn, { region, interfaceIds }] of layer.albInterfaces) {
    if (!layer.clocks.albInterfacesReleased(arn)) continue;
    layer.albInterfaces.delete(arn);
    for (const id of interfaceIds) await layer.moto.queryRaw("ec2", region, "DeleteNetworkInterface", { NetworkInterfaceId: id });
  }
}

/** Runs the release sweep, then the rule (or a plain forward). */
export function afterReleasingInterfaces(inner: Handler): Handler {
  return async (ctx) => {
    await releaseExpiredAlbInterfaces(ctx.layer);
    return inner(ctx);
  };
}
