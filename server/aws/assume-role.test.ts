import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useSandbox } from "../testing/sandbox-harness";
import { assumedRole } from "./assume-role";

/**
 * The role provider behind a student's `--role-arn` (server/class/student-target.ts): STS
 * AssumeRole over HTTP (moto's STS behind the sandbox), one call per session, not per request.
 */
describe("assuming a student's role with the server's credentials", () => {
  const sb = useSandbox({ timeScale: 0.01, workloads: false });
  const saved = { id: process.env.AWS_ACCESS_KEY_ID, secret: process.env.AWS_SECRET_ACCESS_KEY };
  beforeAll(() => {
    // The server's own credentials (the default chain): dummy keys the sandbox accepts.
    process.env.AWS_ACCESS_KEY_ID = "test";
    process.env.AWS_SECRET_ACCESS_KEY = "test";
  });
  afterAll(() => {
    for (const [key, value] of [["AWS_ACCESS_KEY_ID", saved.id], ["AWS_SECRET_ACCESS_KEY", saved.secret]] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  it("returns the role's temporary keys with their expiry, and reuses the session instead of calling STS again", async () => {
    const provide = assumedRole({ region: "ap-northeast-2", endpoint: sb.endpoint }, "arn:aws:iam::123456789012:role/lab/student-ben");
    const first = await provide();
    expect(first.accessKeyId).toMatch(/^ASIA/);
    expect(first.sessionToken).toBeTruthy();
    expect(first.expiration!.getTime()).toBeGreaterThan(Date.now() + 30 * 60_000);
    const second = await provide();
    expect(second).toEqual(first);
    expect((await sb.sandbox.stats()).byAction.AssumeRole).toBe(1);
  });

  it("fails when STS refuses the role (AccessDenied), and asks STS again on the next call instead of keeping the failure", async () => {
    await sb.sandbox.configure({ faults: "deny=AssumeRole" });
    const provide = assumedRole({ region: "ap-northeast-2", endpoint: sb.endpoint }, "arn:aws:iam::123456789012:role/student-cy");
    await expect(provide()).rejects.toMatchObject({ name: "AccessDenied" });
    await sb.sandbox.configure({ faults: "" });
    await expect(provide()).resolves.toMatchObject({ accessKeyId: expect.stringMatching(/^ASIA/) });
  });
});
