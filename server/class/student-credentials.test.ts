import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DescribeVpcsCommand, EC2Client } from "@aws-sdk/client-ec2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedLab } from "../../lib/templates/seed-lab";
import { makeAuth } from "../accounts/auth";
import { authSecret, teamPool } from "../accounts/instance";
import { createConfirmedDeployment, preflightAndConfirm } from "../confirm/deploy";
import { runDeployment } from "../engine/run-deployment";
import { deploymentStatus, listDeploymentSummaries } from "../live/deployment-status";
import { vpcd } from "../testing/cli-harness";
import { tempJournal } from "../testing/engine-support";
import { usePostgres } from "../testing/postgres-harness";
import { useSandbox } from "../testing/sandbox-harness";
import { createClass, joinClass } from "./class-store";
import { studentCredentialsOf } from "./credentials-store";
import { deployTarget } from "./guard";

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
  const saved = { ...process.env };
  const cookies: Record<string, Headers> = {};
  let env: Record<string, string>;

  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "vpcd-profiles-"));
    writeFileSync(path.join(dir, "credentials"), `[student-ana]\naws_access_key_id = ${ANA_ACCOUNT}\naws_secret_access_key = test\n`);
    writeFileSync(path.join(dir, "config"), "");
    process.env.AWS_SHARED_CREDENTIALS_FILE = path.join(dir, "credentials");
    process.env.AWS_CONFIG_FILE = path.join(dir, "config");
    process.env.VPCD_DATABASE_URL = await pgh.server.createDatabase();
    process.env.VPCD_SANDBOX_ENDPOINT = sb.endpoint;
    process.env.VPCD_AWS_ENDPOINT = sb.endpoint;
    env = { VPCD_DATABASE_URL: process.env.VPCD_DATABASE_URL };
    const pool = await teamPool();
    const auth = makeAuth({ pool, secret: await authSecret(pool) });
    const cls = await createClass(pool, "Morning");
    for (const [name, role] of [["Teacher", "instructor"], ["Ana", "student"], ["Ben", "student"]] as const) {
      const email = `${name.toLowerCase()}@example.com`;
      const { user } = await auth.api.signUpEmail({ body: { name, email, password: "correct-horse" } });
      await joinClass(pool, user.id, cls.id, role);
      const signedIn = await auth.api.signInEmail({ body: { email, password: "correct-horse" }, returnHeaders: true });
      cookies[name] = new Headers({ cookie: signedIn.headers.get("set-cookie")!.split(";")[0]! });
    }
  });
  afterAll(async () => {
    await (await teamPool()).end();
    (globalThis as { __vpcdPostgres?: Map<string, unknown> }).__vpcdPostgres?.clear();
    (globalThis as { __vpcdAuth?: unknown }).__vpcdAuth = undefined;
    for (const key of ["AWS_SHARED_CREDENTIALS_FILE", "AWS_CONFIG_FILE", "VPCD_DATABASE_URL", "VPCD_SANDBOX_ENDPOINT", "VPCD_AWS_ENDPOINT"]) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
  });

  it("refuses a student's AWS deploy without credentials, saying so and whom to ask", async () => {
    await expect(deployTarget(cookies.Ben!, "aws", "ap-northeast-2")).rejects.toThrow(/No AWS credentials are configured for you on this server.*Ask your instructor \(Teacher\).*--student ben@example.com/);
  });

  it("sets and clears a student's profile or role from the CLI, refusing bad input by flag", async () => {
    const bad = await vpcd(["class", "credentials", "--class", "Morning", "--student", "ana@example.com", "--role-arn", "arn:aws:iam::12:role/x"], undefined, env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--role-arn: a role ARN such as arn:aws:iam::123456789012:role/student-ana");
    const both = await vpcd(["class", "credentials", "--class", "Morning", "--student", "ana@example.com", "--profile", "a", "--clear"], undefined, env);
    expect(both.stderr).toContain("give exactly one of --profile NAME, --role-arn ARN or --clear");
    const stranger = await vpcd(["class", "credentials", "--class", "Morning", "--student", "zed@example.com", "--profile", "a"], undefined, env);
    expect([stranger.code, stranger.stderr]).toEqual([2, expect.stringContaining("--student: no student of Morning signed up with zed@example.com")]);
    const teacher = await vpcd(["class", "credentials", "--class", "Morning", "--student", "teacher@example.com", "--profile", "a"], undefined, env);
    expect(teacher.code).toBe(2);

    const role = await vpcd(["class", "credentials", "--class", "Morning", "--student", "Ben@Example.com", "--role-arn", "arn:aws:iam::123456789012:role/lab/student-ben"], undefined, env);
    expect(role.code, role.stderr).toBe(0);
    const pool = await teamPool();
    const benTarget = (await deployTarget(cookies.Ben!, "aws", "ap-northeast-2")).target;
    expect(benTarget.credentials).toEqual({ roleArn: "arn:aws:iam::123456789012:role/lab/student-ben" });
    const cleared = await vpcd(["class", "credentials", "--class", "Morning", "--student", "ben@example.com", "--clear"], undefined, env);
    expect(cleared.code).toBe(0);
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

    const shown = JSON.stringify([await deploymentStatus(journal, journal.getDeployment(deploymentId)!), listDeploymentSummaries(journal), preflight]);
    expect(shown).toContain(deploymentId);
    expect(shown).not.toContain("student-ana");
    expect(shown).not.toContain("credentials");
  });
});
