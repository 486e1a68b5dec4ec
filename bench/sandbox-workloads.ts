import "server-only";
import {
  AttachInternetGatewayCommand,
  AssociateRouteTableCommand,
  AuthorizeSecurityGroupIngressCommand,
  CreateInternetGatewayCommand,
  CreateRouteCommand,
  CreateRouteTableCommand,
  CreateSecurityGroupCommand,
  CreateSubnetCommand,
  CreateVpcCommand,
  EC2Client,
  RunInstancesCommand,
} from "@aws-sdk/client-ec2";
import { CreateListenerCommand, CreateLoadBalancerCommand, CreateTargetGroupCommand, ElasticLoadBalancingV2Client, RegisterTargetsCommand } from "@aws-sdk/client-elastic-load-balancing-v2";
import { FLASK_USER_DATA } from "../lib/templates/flask-app";
import { BASE_DELAYS_MS } from "../server/sandbox/clocks";
import { startSandbox } from "../server/sandbox/index";

const SCALE = 0.01;

/**
 * Part of `npm run bench:sandbox`: the seed lab's web tier (two instances with the lab's user
 * data behind an ALB) at time scale 0.01, timed from RunInstances to the first answer through
 * the load balancer, and the resident memory of each running instance (all its processes).
 */
export async function benchWorkloads(): Promise<void> {
  const sandbox = await startSandbox({ timeScale: SCALE });
  try {
    const status = (await sandbox.workloads()).status;
    console.log(`Workloads (instances run their user data): ${status}`);
    if (status !== "on") return;
    const config = { region: "ap-northeast-2", endpoint: sandbox.endpoint, credentials: { accessKeyId: "test", secretAccessKey: "test" }, maxAttempts: 1 };
    const ec2 = new EC2Client(config);
    const elb = new ElasticLoadBalancingV2Client(config);
    const vpcId = (await ec2.send(new CreateVpcCommand({ CidrBlock: "192.168.0.0/16" }))).Vpc!.VpcId!;
    const subnet = async (cidr: string, az: string) => (await ec2.send(new CreateSubnetCommand({ VpcId: vpcId, CidrBlock: cidr, AvailabilityZone: az }))).Subnet!.SubnetId!;
    const subnets = [await subnet("192.168.2.0/24", "ap-northeast-2a"), await subnet("192.168.3.0/24", "ap-northeast-2c")];
    const igw = (await ec2.send(new CreateInternetGatewayCommand({}))).InternetGateway!.InternetGatewayId!;
    await ec2.send(new AttachInternetGatewayCommand({ InternetGatewayId: igw, VpcId: vpcId }));
    const rt = (await ec2.send(new CreateRouteTableCommand({ VpcId: vpcId }))).RouteTable!.RouteTableId!;
    await ec2.send(new CreateRouteCommand({ RouteTableId: rt, DestinationCidrBlock: "0.0.0.0/0", GatewayId: igw }));
    for (const id of subnets) await ec2.send(new AssociateRouteTableCommand({ RouteTableId: rt, SubnetId: id }));
    const sg = (await ec2.send(new CreateSecurityGroupCommand({ VpcId: vpcId, GroupName: "web", Description: "HTTP" }))).GroupId!;
    await ec2.send(new AuthorizeSecurityGroupIngressCommand({ GroupId: sg, IpPermissions: [{ IpProtocol: "tcp", FromPort: 80, ToPort: 80, IpRanges: [{ CidrIp: "0.0.0.0/0" }] }] }));
    const launchedAt = performance.now();
    const ids: string[] = [];
    for (const id of subnets) {
      const out = await ec2.send(new RunInstancesCommand({ ImageId: "ami-02ee6d86e720aef2a", InstanceType: "t3.micro", MinCount: 1, MaxCount: 1, SubnetId: id, SecurityGroupIds: [sg], UserData: Buffer.from(FLASK_USER_DATA).toString("base64") }));
      ids.push(out.Instances![0].InstanceId!);
    }
    const tg = (await elb.send(new CreateTargetGroupCommand({ Name: "web", Protocol: "HTTP", Port: 80, VpcId: vpcId, TargetType: "instance", HealthCheckIntervalSeconds: 30, HealthyThresholdCount: 5 }))).TargetGroups![0].TargetGroupArn!;
    const alb = (await elb.send(new CreateLoadBalancerCommand({ Name: "web", Subnets: subnets, SecurityGroups: [sg], Scheme: "internet-facing", Type: "application" }))).LoadBalancers![0];
    await elb.send(new CreateListenerCommand({ LoadBalancerArn: alb.LoadBalancerArn!, Port: 80, Protocol: "HTTP", DefaultActions: [{ Type: "forward", TargetGroupArn: tg }] }));
    await elb.send(new RegisterTargetsCommand({ TargetGroupArn: tg, Targets: ids.map((Id) => ({ Id, Port: 80 })) }));
    const answeredAt = await firstAnswer(`http://${alb.DNSName}/`, 120_000);
    const scaled = (BASE_DELAYS_MS.instanceRunning + BASE_DELAYS_MS.albActive) * SCALE;
    console.log(`  RunInstances → first answer through the ALB: ${((answeredAt - launchedAt) / 1000).toFixed(2)} s at time scale ${SCALE}`);
    console.log(`    of which AWS delays (scaled: pending ${BASE_DELAYS_MS.instanceRunning * SCALE} ms, ALB provisioning ${BASE_DELAYS_MS.albActive * SCALE} ms): ≤ ${(scaled / 1000).toFixed(2)} s; the rest is the real boot (bubblewrap, user data, Flask start) and health checks`);
    const report = await sandbox.workloads();
    for (const instance of report.instances) console.log(`  memory of ${instance.privateIp} (${instance.pids.length} processes): ${(instance.rssKb / 1024).toFixed(1)} MiB RSS`);
    ec2.destroy();
    elb.destroy();
  } finally {
    await sandbox.stop();
  }
}

async function firstAnswer(url: string, timeoutMs: number): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1_000) });
      if (response.ok) return performance.now();
    } catch {
      // Not answering yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no answer from ${url} within ${timeoutMs} ms`);
}
