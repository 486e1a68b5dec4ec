import { CreateVpcCommand, DescribeVpcsCommand, EC2Client } from "@aws-sdk/client-ec2";
import { describe, expect, it } from "vitest";
import { useSandbox } from "./sandbox-harness";

describe("useSandbox", () => {
  const sb = useSandbox({ timeScale: 0.02 });

  it("gives SDK clients a working endpoint in Seoul by default", async () => {
    const config = sb.clientConfig();
    expect(config.region).toBe("ap-northeast-2");
    expect(config.endpoint).toBe(sb.endpoint);
    const ec2 = new EC2Client({ ...config, maxAttempts: 1 });
    const created = await ec2.send(new CreateVpcCommand({ CidrBlock: "10.9.0.0/16" }));
    expect(created.Vpc?.VpcId).toMatch(/^vpc-/);
  });

  it("resets between tests, so the previous test's VPC is gone", async () => {
    const ec2 = new EC2Client({ ...sb.clientConfig(), maxAttempts: 1 });
    const vpcs = await ec2.send(new DescribeVpcsCommand({ Filters: [{ Name: "cidr", Values: ["10.9.0.0/16"] }] }));
    expect(vpcs.Vpcs ?? []).toHaveLength(0);
  });
});
