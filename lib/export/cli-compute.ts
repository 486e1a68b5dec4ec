/**
 * The compute half of the build script: instances (waited for until running), target groups
 * with their targets, load balancers and listeners, then a summary of what was built.
 */
import type { Design } from "../design/schema";
import { shellVar, sorted } from "./names";
import { sq } from "./shell";
import { step, tagSpec, userDataFile, v } from "./cli-parts";
import { elbSafeName } from "./names";
const elbTags = (name: string, id: string) => `--tags "$(tag_list ${sq(name)} ${sq(id)})"`;

function instances(design: Design): string[] {
  const out: string[] = [];
  const list = sorted(design.instances);
  for (const i of list) {
    out.push("", step(`launching instance ${i.name}`));
    const nic = `'[{"DeviceIndex":0,"SubnetId":"'${v("subnet", i.subnetId)}'","Groups":[${i.securityGroupIds.map((g) => `"'${v("sg", g)}'"`).join(",")}],"AssociatePublicIpAddress":${i.associatePublicIp}}]'`;
    let userData = "";
    if (i.userData) {
      const path = `$WORK/${shellVar("user_data", i.id).toLowerCase()}`;
      out.push(...userDataFile(i, path));
      userData = ` --user-data "file://${path}"`;
    }
    out.push(`${shellVar("instance", i.id)}="$(awsq ec2 run-instances --image-id "$${shellVar("image", i.image)}" --instance-type ${sq(i.instanceType)} --count 1 --network-interfaces ${nic}${userData} ${tagSpec(["instance", "volume"], i.name, i.id)} --query 'Instances[0].InstanceId')"`);
  }
  if (list.length) out.push("", step("waiting for the instances to run"), `awsq ec2 wait instance-running --instance-ids ${list.map((i) => v("instance", i.id)).join(" ")}`);
  return out;
}

function loadBalancing(design: Design): string[] {
  const out: string[] = [];
  for (const tg of sorted(design.targetGroups)) {
    const hc = tg.healthCheck;
    out.push("", step(`creating target group ${tg.name}`));
    out.push(
      `${shellVar("tg", tg.id)}="$(awsq elbv2 create-target-group --name ${sq(elbSafeName(tg.name))} --protocol ${tg.protocol} --port ${tg.port} --vpc-id ${v("vpc", tg.vpcId)} --target-type instance` +
        ` --health-check-protocol ${hc.protocol} --health-check-path ${sq(hc.path)} --health-check-port ${sq(String(hc.port))} --health-check-interval-seconds ${hc.intervalSeconds} --health-check-timeout-seconds ${hc.timeoutSeconds}` +
        ` --healthy-threshold-count ${hc.healthyThreshold} --unhealthy-threshold-count ${hc.unhealthyThreshold} --matcher ${sq(JSON.stringify({ HttpCode: hc.matcher }))} ${elbTags(tg.name, tg.id)} --query 'TargetGroups[0].TargetGroupArn')"`,
    );
    const targets = [...tg.targets].sort();
    if (targets.length) out.push(`awsq elbv2 register-targets --target-group-arn ${v("tg", tg.id)} --targets ${targets.map((t) => `"Id=$${shellVar("instance", t)},Port=${tg.port}"`).join(" ")}`);
  }
  const lbs = sorted(design.loadBalancers);
  for (const lb of lbs) {
    out.push("", step(`creating load balancer ${lb.name}`));
    out.push(
      `${shellVar("lb", lb.id)}="$(awsq elbv2 create-load-balancer --name ${sq(elbSafeName(lb.name))} --type application --scheme ${lb.scheme} --subnets ${lb.subnetIds.map((s) => v("subnet", s)).join(" ")}` +
        ` --security-groups ${lb.securityGroupIds.map((g) => v("sg", g)).join(" ")} ${elbTags(lb.name, lb.id)} --query 'LoadBalancers[0].LoadBalancerArn')"`,
    );
    for (const l of lb.listeners) {
      out.push(`awsq elbv2 create-listener --load-balancer-arn ${v("lb", lb.id)} --protocol ${l.protocol} --port ${l.port} --default-actions "Type=forward,TargetGroupArn=$${shellVar("tg", l.targetGroupId)}" ${elbTags(lb.name, lb.id)} >/dev/null`);
    }
  }
  if (lbs.length) out.push("", step("waiting for the load balancers to be active"), `awsq elbv2 wait load-balancer-available --load-balancer-arns ${lbs.map((l) => v("lb", l.id)).join(" ")}`);
  return out;
}

function summary(design: Design): string[] {
  const out = ["", 'STEP="printing the summary"', `say "deployment $VPCD_DEPLOYMENT is built in $REGION"`];
  for (const vpc of sorted(design.vpcs)) out.push(`echo ${sq(`vpc ${vpc.id}`)} ${v("vpc", vpc.id)}`);
  for (const i of sorted(design.instances)) out.push(`echo ${sq(`instance ${i.id}`)} ${v("instance", i.id)}`);
  for (const lb of sorted(design.loadBalancers)) {
    out.push(`echo ${sq(`load-balancer ${lb.id}`)} "$(awsq elbv2 describe-load-balancers --load-balancer-arns ${v("lb", lb.id)} --query 'LoadBalancers[0].DNSName')"`);
  }
  return out;
}

/** Instances, load balancing and the summary lines, in that order. */
export function cliCompute(design: Design): string[] {
  return [...instances(design), ...loadBalancing(design), ...summary(design)];
}
