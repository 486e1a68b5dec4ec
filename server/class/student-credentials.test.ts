import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DescribeVpcsCommand, EC2Client } from "@aws-sdk/client-ec2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedLab } from "../../lib/templates/seed-lab";
import { teamPool } from "../accounts/instance";
import { createConfirmedDeployment, preflightAndConfirm } from "../confirm/deploy";
import { runDeployment } from "../engine/run-deployment";
import { deploymentStatus, listDeploymentSummaries } from "../live/deployment-status";
import { runCredentials } from "../cli/commands/class-credentials";
import { requireViewer } from "../accounts/session";
import { closeTeam, setEnv, signedInClass } from "../testing/class-harness";
import { vpcd } from "../testing/cli-harness";
import { tempJournal } from "../testing/engine-support";
import { usePostgres } from "../testing/postgres-harness";
import { useSandbox } from "../testing/sandbox-harness";
import { studentCredentialsOf } from "./credentials-store";
import { deployTarget } from "./guard";
import { rosterFor } from "./instructor";

/** The account the server's profile `student-ana` signs for: a 12-digit key the sandbox maps to that account. */
const ANA_ACCOUNT = "412345678901";

/**
 * Per-student real-AWS credentials, configured by the instructor on the server: the CLI sets a
 * profile or role, a student's "aws" deploy resolves to it on the server, and — with the
 * sandbox standing in for AWS's endpoint — the deploy lands in the account that profile maps to.
 */
describe("a student's AWS credentials, set on the server", () => {
  const sb = useSandbox({ timeScale: 0.01 });
  const pgh = usePostgres();
  let cookies: Record<string, Headers>;
  let env: Record<string, string>;
  let restore: () => void;

  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "vpcd-profiles-"));
    writeFileSync(path.join(dir, "credentials"), `[student-ana]\naws_access_key_id = ${ANA_ACCOUNT}\naws_secret_access_key = test\n`);
    writeFileSync(path.join(dir, "config"), "");
    env = { VPCD_DATABASE_URL: await pgh.server.createDatabase() };
    restore = setEnv({ ...env, AWS_SHARED_CREDENTIALS_FILE: path.join(dir, "credentials"), AWS_CONFIG_FILE: path.join(dir, "config"), VPCD_SANDBOX_ENDPOINT: sb.endpoint, VPCD_AWS_ENDPOINT: sb.endpoint });
    ({ cookies } = await signedInClass("Morning", [["Teacher", "instructor"], ["Ana", "student"], ["Ben", "student"]]));
  });
  afterAll(async () => {
    await closeTeam();
    restore();
  });

  it("refuses a student's AWS deploy without credentials, saying so and whom to ask", async () => {
    await expect(deployTarget(cookies.Ben!, "aws", "ap-northeast-2")).rejects.toThrow(/No AWS credentials are configured for you on this server.*Ask your instructor \(Teacher\).*--student ben@example.com/);
    // The browser words it from the catalogue (deploy.confirmation.refused.noAwsCredentials), in Korean too.
    await expect(deployTarget(cookies.Ben!, "aws", "ap-northeast-2")).rejects.toMatchObject({ code: "NoAwsCredentials", refusal: { key: "noAwsCredentials", params: { instructors: "Teacher", email: "ben@example.com" } } });
  });

  it("sets and clears a student's role from the CLI, refusing someone who is not a student of the class", async () => {
    const pool = await teamPool();
    // In-process for the refusals (the flag parsing has its own unit test); over the CLI for the rest.
    expect(await runCredentials(pool, ["--class", "Morning", "--student", "zed@example.com", "--profile", "a"])).toBe(2);
    expect(await runCredentials(pool, ["--class", "Morning", "--student", "teacher@example.com", "--profile", "a"])).toBe(2);
    expect(await runCredentials(pool, ["--class", "Evening", "--student", "ben@example.com", "--profile", "a"])).toBe(2);

    const role = await vpcd(["class", "credentials", "--class", "Morning", "--student", "Ben@Example.com", "--role-arn", "arn:aws:iam::123456789012:role/lab/student-ben"], undefined, env);
    expect(role.code, role.stderr).toBe(0);
    const benTarget = (await deployTarget(cookies.Ben!, "aws", "ap-northeast-2")).target;
    expect(benTarget.credentials).toEqual({ roleArn: "arn:aws:iam::123456789012:role/lab/student-ben" });
    const cleared = await vpcd(["class", "credentials", "--class", "Morning", "--student", "ben@example.com", "--clear"], undefined, env);
    expect(cleared.code, cleared.stderr).toBe(0);
    expect(await studentCredentialsOf(pool, (await deployTarget(cookies.Ben!, "sandbox", "ap-northeast-2")).owner!.userId)).toBeUndefined();
    await expect(deployTarget(cookies.Ben!, "aws", "ap-northeast-2")).rejects.toThrow("No AWS credentials");
  });

  it("deploys with the configured profile into the account it maps to, confirmed for that account, and never shows the profile to a browser", async () => {
    const set = await vpcd(["class", "credentials", "--class", "Morning", "--student", "ana@example.com", "--profile", "student-ana"], undefined, env);
    expect(set.code, set.stderr).toBe(0);
    expect(set.stdout).toContain('Ana <ana@example.com> in Morning: deploys to AWS use the server\'s AWS profile "student-ana".');
    const { target, owner } = await deployTarget(cookies.Ana!, "aws", "ap-northeast-2");
    expect(target).toEqual({ kind: "aws", region: "ap-northeast-2", endpoint: sb.endpoint, credentials: { profile: "student-ana" } });
    expect(owner?.email).toBe("ana@example.com");

    const { journal } = tempJournal();
    // Amazon Linux: moto serves its public SSM image parameters, not Canonical's (server/sandbox/README.md).
    const design = seedLab();
    for (const instance of Object.values(design.instances)) instance.image = "amazon-linux-2023";
    const preflight = await preflightAndConfirm(design, target);
    expect(preflight.account).toBe(ANA_ACCOUNT);
    expect(preflight.confirmation).toMatchObject({ isRequired: true, binding: { accountId: ANA_ACCOUNT, region: "ap-northeast-2" } });
    // Without the token the real-account rule refuses it, as for any real account.
    await expect(createConfirmedDeployment(journal, design, target, undefined)).rejects.toThrow();
    expect(journal.listDeployments()).toEqual([]);
    const token = preflight.confirmation?.isRequired ? preflight.confirmation.token : undefined;
    const deploymentId = (await createConfirmedDeployment(journal, design, target, token)).id;
    expect((await runDeployment(journal, deploymentId, {})).status).toBe("complete");

    const vpcsOf = async (accessKeyId: string) => {
      const ec2 = new EC2Client({ ...sb.clientConfig(), credentials: { accessKeyId, secretAccessKey: "test" }, maxAttempts: 1 });
      const found = (await ec2.send(new DescribeVpcsCommand({ Filters: [{ Name: "cidr", Values: ["192.168.0.0/16"] }] }))).Vpcs ?? [];
      ec2.destroy();
      return found.length;
    };
    expect(await vpcsOf(ANA_ACCOUNT)).toBe(1);
    expect(await vpcsOf("test")).toBe(0);

    // The instructor's roster says how each student's AWS deploys sign, by kind only.
    const roster = await rosterFor(await requireViewer(cookies.Teacher!));
    expect(roster.students.map((s) => [s.name, s.awsCredentials])).toEqual([["Ana", "profile"], ["Ben", undefined]]);
    const shown = JSON.stringify([await deploymentStatus(journal, journal.getDeployment(deploymentId)!), listDeploymentSummaries(journal), preflight, roster]);
    expect(shown).toContain(deploymentId);
    expect(shown).not.toContain("student-ana");
    expect(shown).not.toContain("credentials");
  });
});
