import { describe, expect, it } from "vitest";
import { isAmbiguous, isNotFound, isThrottling, toErrorInfo } from "./errors";

const awsError = (name: string, status: number) => Object.assign(new Error(`${name} happened`), { name, $metadata: { httpStatusCode: status } });

describe("classifying AWS errors", () => {
  it("treats throttling as safe to retry and not ambiguous", () => {
    const e = awsError("RequestLimitExceeded", 503);
    expect([isThrottling(e), isAmbiguous(e)]).toEqual([true, false]);
  });

  it("treats 5xx and broken connections as ambiguous: the call may have happened", () => {
    expect(isAmbiguous(awsError("InternalError", 500))).toBe(true);
    expect(isAmbiguous(Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }))).toBe(true);
    expect(isAmbiguous(awsError("InvalidParameterValue", 400))).toBe(false);
  });

  it("retries NotFound right after a create, but not a wrong image id", () => {
    expect(isNotFound(awsError("InvalidVpcID.NotFound", 400))).toBe(true);
    expect(isNotFound(awsError("InvalidAMIID.NotFound", 400))).toBe(false);
  });

  it("records a quota error as not retryable, with AWS's code", () => {
    expect(toErrorInfo(awsError("NatGatewayLimitExceeded", 400))).toEqual({ code: "NatGatewayLimitExceeded", message: "NatGatewayLimitExceeded happened", retryable: false });
  });
});
