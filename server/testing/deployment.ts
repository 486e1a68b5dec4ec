import "server-only";
import { CreateTagsCommand } from "@aws-sdk/client-ec2";
import { AddTagsCommand } from "@aws-sdk/client-elastic-load-balancing-v2";
import { TAG_DEPLOYMENT, TAG_LOGICAL_ID } from "../../lib/deploy/tags";
import type { RecordedResource } from "../../lib/plan/recorded";
import { buildLab, labClients, type LabIds } from "./lab";
import type { SandboxHandle } from "./sandbox-harness";

/** The seed lab's logical ids by AWS id, as the journal would record them. */
function recordedOf(ids: LabIds): RecordedResource[] {
  const r = (logicalId: string, kind: string, awsId: string): RecordedResource => ({ logicalId, kind, awsId, attributes: {} });
  return [
    r("lab-vpc", "vpc", ids.vpcId),
    r("private-a", "subnet", ids.subnets.privateA),
    r("public-a", "subnet", ids.subnets.publicA),
    r("public-c", "subnet", ids.subnets.publicC),
    r("public-nat", "subnet", ids.subnets.publicNat),
    r("lab-igw", "internet-gateway", ids.igwId),
    r("public-rt", "route-table", ids.publicRt),
    r("private-rt", "route-table", ids.privateRt),
    r("nat-eip", "elastic-ip", ids.allocationId),
    r("lab-nat", "nat-gateway", ids.natId),
    r("lab-sg", "security-group", ids.sgId),
    r("web-a", "instance", ids.instances.webA),
    r("web-c", "instance", ids.instances.webC),
    r("app-a", "instance", ids.instances.appA),
    r("web-tg", "target-group", ids.tgArn),
    r("lab-alb", "load-balancer", ids.albArn),
    r("lab-alb", "listener", ids.listenerArn),
  ];
}

/**
 * Builds the seed lab on the sandbox straight through the SDK and tags it the way the deploy
 * engine does (`vpcd:deployment`, `vpcd:logical-id`), returning what its journal would record.
 * Lets cleanup be tested against real sandbox behaviour independently of the engine.
 */
export async function deployTaggedLab(sb: SandboxHandle, deploymentId: string): Promise<{ ids: LabIds; recorded: RecordedResource[] }> {
  const clients = labClients(sb);
  const ids = await buildLab(clients);
  const recorded = recordedOf(ids);
  for (const res of recorded) {
    const Tags = [{ Key: TAG_DEPLOYMENT, Value: deploymentId }, { Key: TAG_LOGICAL_ID, Value: res.logicalId }];
    if (res.kind === "listener") continue;
    if (res.awsId!.startsWith("arn:")) await clients.elb.send(new AddTagsCommand({ ResourceArns: [res.awsId!], Tags }));
    else await clients.ec2.send(new CreateTagsCommand({ Resources: [res.awsId!], Tags }));
  }
  return { ids, recorded };
}
