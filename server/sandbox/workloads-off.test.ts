import { GetConsoleOutputCommand, RunInstancesCommand } from "@aws-sdk/client-ec2";
import { DescribeTargetHealthCommand } from "@aws-sdk/client-elastic-load-balancing-v2";
import { describe, expect, it } from "vitest";
import { FLASK_USER_DATA } from "../../lib/templates/flask-app";
import { LAB_AMI, buildAlb, buildNetwork, buildPrivateRouteAndGroup, createNat, labClients } from "../testing/lab";
import { useSandbox } from "../testing/sandbox-harness";

describe("a sandbox with workloads turned off", () => {
  const sb = useSandbox({ timeScale: 0.02, workloads: false });

  it("says so, runs nothing, and answers as moto does: made-up DNS name, healthy targets, sample console", async () => {
    const config = (await (await fetch(`${sb.endpoint}/_sandbox/config`, { headers: { "x-vpcd-sandbox-token": sb.sandbox.controlToken } })).json()) as { workloads: string };
    expect(config.workloads).toBe("off");
    const clients = labClients(sb);
    const net = await buildNetwork(clients);
    const { sgId } = await buildPrivateRouteAndGroup(clients, net, (await createNat(clients, net.subnets.publicNat, net.allocationId)).NatGatewayId!);
    const launched = await clients.ec2.send(
      new RunInstancesCommand({ ImageId: LAB_AMI, InstanceType: "t3.micro", MinCount: 1, MaxCount: 1, SubnetId: net.subnets.publicA, SecurityGroupIds: [sgId], UserData: Buffer.from(FLASK_USER_DATA).toString("base64") }),
    );
    const instanceId = launched.Instances![0].InstanceId!;
    const { alb, tgArn } = await buildAlb(clients, net.vpcId, [net.subnets.publicA, net.subnets.publicC], sgId, [instanceId]);
    expect(alb.DNSName).toMatch(/\.elb\.amazonaws\.com$/);
    const health = await clients.elb.send(new DescribeTargetHealthCommand({ TargetGroupArn: tgArn }));
    expect(health.TargetHealthDescriptions?.map((d) => d.TargetHealth?.State)).toEqual(["healthy"]);
    const console = await clients.ec2.send(new GetConsoleOutputCommand({ InstanceId: instanceId }));
    expect(Buffer.from(console.Output ?? "", "base64").toString("utf8")).not.toContain("Cloud-init v. sandbox");
    // Nothing read from moto either: a sandbox without workloads pays nothing for them.
    expect(await sb.sandbox.workloads()).toEqual({ status: "off", instances: [], readings: {} });
  });
});
