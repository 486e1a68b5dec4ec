import { DescribeVpcsCommand, EC2Client, type EC2ClientConfig } from "@aws-sdk/client-ec2";
import { describe, expect, it } from "vitest";
import { studentSandboxAccount } from "../../lib/deploy/sandbox-account";
import { seedLab } from "../../lib/templates/seed-lab";
import { cleanupDeployment } from "../cleanup/service";
import { createDeployment } from "../engine/deployments";
import { runDeployment } from "../engine/run-deployment";
import { tempJournal } from "../testing/engine-support";
import { useSandbox } from "../testing/sandbox-harness";

describe("two students of a class on the sandbox", () => {
  const sb = useSandbox({ timeScale: 0.01 });
  const as = (accountId: string): EC2ClientConfig => ({ ...sb.clientConfig(), maxAttempts: 1, credentials: { accessKeyId: accountId, secretAccessKey: "test" } });
  const labVpcs = async (config: EC2ClientConfig) =>
    ((await new EC2Client(config).send(new DescribeVpcsCommand({ Filters: [{ Name: "cidr", Values: ["192.168.0.0/16"] }] }))).Vpcs ?? []).length;

  it("each deploy the seed lab into their own account; cleaning up one leaves the other's", async () => {
    const { journal } = tempJournal();
    const [ana, ben] = [studentSandboxAccount("user-ana"), studentSandboxAccount("user-ben")];
    const rows = [ana, ben].map((accountId) => createDeployment(journal, seedLab(), { kind: "sandbox", region: "ap-northeast-2", endpoint: sb.endpoint, accountId }));
    const results = await Promise.all(rows.map((row) => runDeployment(journal, row.id, {})));
    expect(results.map((r) => r.status)).toEqual(["complete", "complete"]);
    expect(await labVpcs(as(ana))).toBe(1);
    expect(await labVpcs(as(ben))).toBe(1);
    // Nothing of theirs in moto's default account, where everything outside a class goes.
    expect(await labVpcs({ ...sb.clientConfig(), maxAttempts: 1 })).toBe(0);

    const cleaned = await cleanupDeployment(journal, journal.getDeployment(rows[0]!.id)!);
    expect(cleaned.failures).toEqual([]);
    expect(cleaned.report.isNothingBillableLeft).toBe(true);
    expect(await labVpcs(as(ana))).toBe(0);
    expect(await labVpcs(as(ben))).toBe(1);
  });
});
