import { describe, expect, it } from "vitest";
import type { AwsPort } from "../aws/port";
import { checkAccount } from "./account";

const signedInAs = (account: string) => ({ callerIdentity: async () => ({ account, arn: `arn:aws:iam::${account}:user/student` }) }) as unknown as AwsPort;

describe("the account a deployment belongs to", () => {
  it("is what the credentials say for a real-account deployment not yet recorded", async () => {
    await expect(checkAccount(signedInAs("111111111111"), { kind: "aws", region: "ap-northeast-2" })).resolves.toBe("111111111111");
  });

  it("refuses credentials of another account, naming both", async () => {
    const outcome = checkAccount(signedInAs("222222222222"), { kind: "aws", region: "ap-northeast-2", accountId: "111111111111" });
    await expect(outcome).rejects.toMatchObject({ code: "WrongAccount", message: expect.stringMatching(/111111111111.*222222222222/) });
  });

  it("is not asked on the sandbox", async () => {
    const never = { callerIdentity: async () => Promise.reject(new Error("must not be called")) } as unknown as AwsPort;
    await expect(checkAccount(never, { kind: "sandbox", region: "ap-northeast-2", endpoint: "http://127.0.0.1:1" })).resolves.toBeUndefined();
  });
});
