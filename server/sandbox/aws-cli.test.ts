import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../util/project-root";
import { useSandbox } from "../testing/sandbox-harness";

const run = promisify(execFile);
const AWS = path.join(projectRoot(), ".venv", "bin", "aws");

describe("the AWS CLI against the sandbox", () => {
  // Slow enough that a NAT gateway is still pending across a few ~1 s CLI start-ups.
  const sb = useSandbox({ timeScale: 0.1 });

  /** Runs `aws <args>` on the sandbox; resolves to parsed JSON output, or to `{ error }` with stderr. */
  async function aws(...args: string[]): Promise<Record<string, unknown> & { error?: string }> {
    const env = {
      ...process.env,
      AWS_ACCESS_KEY_ID: "test",
      AWS_SECRET_ACCESS_KEY: "test",
      AWS_DEFAULT_REGION: "ap-northeast-2",
      AWS_CONFIG_FILE: "/dev/null",
      AWS_SHARED_CREDENTIALS_FILE: "/dev/null",
      AWS_MAX_ATTEMPTS: "1",
      AWS_RETRY_MODE: "standard",
    };
    try {
      const { stdout } = await run(AWS, ["--endpoint-url", sb.endpoint, "--output", "json", ...args], { env });
      return stdout.trim() ? JSON.parse(stdout) : {};
    } catch (error) {
      return { error: String((error as { stderr?: string }).stderr ?? error) };
    }
  }

  it("builds a NAT gateway that reads pending, refuses its subnet's deletion, and honours the ClientToken", async () => {
    const vpc = (await aws("ec2", "create-vpc", "--cidr-block", "192.168.0.0/16")) as { Vpc: { VpcId: string } };
    const subnet = (await aws("ec2", "create-subnet", "--vpc-id", vpc.Vpc.VpcId, "--cidr-block", "192.168.4.0/24", "--availability-zone", "ap-northeast-2a")) as { Subnet: { SubnetId: string } };
    const eip = (await aws("ec2", "allocate-address", "--domain", "vpc")) as { AllocationId: string };
    const natArgs = ["ec2", "create-nat-gateway", "--subnet-id", subnet.Subnet.SubnetId, "--allocation-id", eip.AllocationId, "--client-token", "lab-nat"];
    const nat = (await aws(...natArgs)) as { NatGateway: { NatGatewayId: string; State: string } };
    expect(nat.NatGateway.State).toBe("pending");
    const described = (await aws("ec2", "describe-nat-gateways", "--nat-gateway-ids", nat.NatGateway.NatGatewayId)) as { NatGateways: Array<{ State: string }> };
    expect(described.NatGateways[0].State).toBe("pending");
    const refused = await aws("ec2", "delete-subnet", "--subnet-id", subnet.Subnet.SubnetId);
    expect(refused.error).toContain("An error occurred (DependencyViolation) when calling the DeleteSubnet operation");
    expect(refused.error).toContain(nat.NatGateway.NatGatewayId);
    const again = (await aws(...natArgs)) as { NatGateway: { NatGatewayId: string } };
    expect(again.NatGateway.NatGatewayId).toBe(nat.NatGateway.NatGatewayId);
  });

  it("shows injected throttling with AWS's codes for EC2 and ELBv2", async () => {
    await sb.sandbox.configure({ faults: "throttle=1" });
    expect((await aws("ec2", "describe-vpcs")).error).toContain("(RequestLimitExceeded)");
    expect((await aws("elbv2", "describe-load-balancers")).error).toContain("(Throttling)");
  });
});
