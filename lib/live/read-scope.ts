import { TAG_DEPLOYMENT } from "../deploy/tags";
import { teardownResources, type RecordedResource } from "../plan/recorded";
import type { StatusCall } from "./call-plan";

/**
 * How a status refresh finds a deployment's resources in AWS. What this app deployed carries
 * its `vpcd:deployment` tag, so each describe filters on it. What was adopted from AWS
 * carries no tag of ours (the app did not create it, and adopting writes nothing to AWS), so
 * it is found by the AWS ids the adoption recorded: the VPC's id for what lives in the VPC,
 * the gateway's and address's own ids for the two that can exist outside one (filters, not
 * `…Ids` parameters: docs/aws-facts.md §17.1).
 */
export type ReadScope = { by: "tag"; deploymentId: string } | { by: "ids"; vpcIds: string[]; internetGatewayIds: string[]; allocationIds: string[] };

export type ReadFilter = { Name: string; Values: string[] };

/** The scope for a deployment: by tag, or (adopted) by the ids its journal recorded. */
export function readScopeOf(deploymentId: string, recorded: readonly RecordedResource[], isAdopted: boolean): ReadScope {
  if (!isAdopted) return { by: "tag", deploymentId };
  const resources = teardownResources(recorded);
  const ids = (kind: string) => [...new Set(resources.filter((r) => r.kind === kind).map((r) => r.awsId))].sort();
  return { by: "ids", vpcIds: ids("vpc"), internetGatewayIds: ids("internet-gateway"), allocationIds: ids("elastic-ip") };
}

type Ec2Action = Exclude<StatusCall["action"], "DescribeLoadBalancers" | "DescribeTargetHealth" | "DescribeInstanceStatus">;

/**
 * The EC2 filters of one describe call in a scope; `null` when the scope has nothing of that
 * kind to ask about, so the call is not made (its answer would be empty).
 *
 * @example filtersFor({ by: "ids", vpcIds: ["vpc-1"], internetGatewayIds: [], allocationIds: [] }, "DescribeSubnets") // [{ Name: "vpc-id", Values: ["vpc-1"] }]
 */
export function filtersFor(scope: ReadScope, action: Ec2Action): ReadFilter[] | null {
  if (scope.by === "tag") return [{ Name: `tag:${TAG_DEPLOYMENT}`, Values: [scope.deploymentId] }];
  const [name, values] = action === "DescribeInternetGateways" ? ["internet-gateway-id", scope.internetGatewayIds] : action === "DescribeAddresses" ? ["allocation-id", scope.allocationIds] : ["vpc-id", scope.vpcIds];
  return values.length ? [{ Name: name, Values: values }] : null;
}
