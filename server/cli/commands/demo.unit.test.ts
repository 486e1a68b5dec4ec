import { describe, expect, it } from "vitest";
import { vpcd } from "../../testing/cli-harness";
import { accessTokenProblem } from "./demo";

describe("vpcd demo beyond loopback", { timeout: 30_000 }, () => {
  it("refuses --host 0.0.0.0 without an access token and says how to give one", async () => {
    const { code, stderr } = await vpcd(["demo", "--host", "0.0.0.0", "--no-build"]);
    expect(code).toBe(2);
    expect(stderr).toContain("needs an access token");
    expect(stderr).toContain("--access-token");
  });

  it.each([
    ["127.0.0.1", undefined, undefined],
    ["localhost", undefined, undefined],
    ["0.0.0.0", undefined, /needs an access token/],
    ["192.168.0.10", "short", /at least 16 characters/],
    ["192.168.0.10", "a-long-enough-secret", undefined],
  ])("--host %s with token %j", (host, token, problem) => {
    const found = accessTokenProblem(host, token);
    if (problem) expect(found).toMatch(problem);
    else expect(found).toBeUndefined();
  });
});
