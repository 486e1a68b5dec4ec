import "server-only";
import type { Tag } from "@aws-sdk/client-elastic-load-balancing-v2";
import { TAG_DEPLOYMENT, TAG_INSTALLATION, TAG_LOGICAL_ID } from "../../../lib/deploy/tags";
import { allElb } from "../pages";
import type { AwsPort } from "../port";
import type { TaggedResource } from "./discover-tagged";

/** ELBv2 has no tag filters: list, then read tags 20 ARNs at a time (the API's limit). */
async function tagsByArn(port: AwsPort, arns: string[]): Promise<Map<string, Tag[]>> {
  const tags = new Map<string, Tag[]>();
  for (let i = 0; i < arns.length; i += 20) {
    const out = await port.elb("DescribeTags", { ResourceArns: arns.slice(i, i + 20) });
    for (const d of out.TagDescriptions ?? []) if (d.ResourceArn) tags.set(d.ResourceArn, d.Tags ?? []);
  }
  return tags;
}

/** Load balancers and target groups (and the load balancers' listeners) carrying the app's tags, all pages. */
export async function discoverElb(port: AwsPort, deploymentId?: string): Promise<TaggedResource[]> {
  const [lbs, tgs] = await Promise.all([allElb(port, "DescribeLoadBalancers", {}, "LoadBalancers"), allElb(port, "DescribeTargetGroups", {}, "TargetGroups")]);
  const lbArns = lbs.map((l) => l.LoadBalancerArn ?? "").filter(Boolean);
  const tgArns = tgs.map((t) => t.TargetGroupArn ?? "").filter(Boolean);
  const tags = await tagsByArn(port, [...lbArns, ...tgArns]);
  const ours = (arn: string) => {
    const owner = tags.get(arn)?.find((t) => t.Key === TAG_DEPLOYMENT)?.Value;
    return owner && (!deploymentId || owner === deploymentId) ? owner : undefined;
  };
  const logical = (arn: string) => tags.get(arn)?.find((t) => t.Key === TAG_LOGICAL_ID)?.Value ?? arn;
  const installation = (arn: string) => {
    const id = tags.get(arn)?.find((t) => t.Key === TAG_INSTALLATION)?.Value;
    return id ? { installationId: id } : {};
  };
  const found: TaggedResource[] = [];
  for (const lb of lbs) {
    const owner = ours(lb.LoadBalancerArn ?? "");
    if (!owner) continue;
    found.push({ deploymentId: owner, logicalId: logical(lb.LoadBalancerArn!), kind: "load-balancer", awsId: lb.LoadBalancerArn!, ...installation(lb.LoadBalancerArn!), state: lb.State?.Code, createdAt: lb.CreatedTime?.getTime(), attributes: { Name: lb.LoadBalancerName ?? "" } });
    const listeners = await allElb(port, "DescribeListeners", { LoadBalancerArn: lb.LoadBalancerArn }, "Listeners");
    for (const l of listeners) found.push({ deploymentId: owner, logicalId: logical(lb.LoadBalancerArn!), kind: "listener", awsId: l.ListenerArn ?? "", attributes: {} });
  }
  for (const tg of tgs) {
    const owner = ours(tg.TargetGroupArn ?? "");
    if (owner) found.push({ deploymentId: owner, logicalId: logical(tg.TargetGroupArn!), kind: "target-group", awsId: tg.TargetGroupArn!, ...installation(tg.TargetGroupArn!), attributes: { Name: tg.TargetGroupName ?? "" } });
  }
  return found;
}
