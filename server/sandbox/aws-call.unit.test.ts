import { describe, expect, it } from "vitest";
import { parseSandboxArgs } from "../cli/commands/sandbox";
import { isMutatingAction, listParam, parseAwsCall } from "./aws-call";

const auth = (service: string) => ({ authorization: `AWS4-HMAC-SHA256 Credential=test/20250101/ap-northeast-2/${service}/aws4_request, SignedHeaders=host, Signature=abc` });

describe("parseAwsCall", () => {
  it("reads the service and region from SigV4 and the action from the form body", () => {
    const call = parseAwsCall("/", auth("ec2"), Buffer.from("Action=RunInstances&Version=2016-11-15&ClientToken=t"));
    expect(call).toMatchObject({ service: "ec2", region: "ap-northeast-2", action: "RunInstances", protocol: "ec2", isMutating: true });
    expect(call.params.get("ClientToken")).toBe("t");
  });

  it("uses the query protocol for ELBv2 and JSON for the tagging API", () => {
    expect(parseAwsCall("/", auth("elasticloadbalancing"), Buffer.from("Action=DescribeLoadBalancers")).protocol).toBe("query");
    const tagging = parseAwsCall("/", { ...auth("tagging"), "x-amz-target": "ResourceGroupsTaggingAPI_20170126.GetResources" }, Buffer.from("{}"));
    expect(tagging).toMatchObject({ protocol: "json", action: "GetResources", isMutating: false });
  });
});

describe("listParam and isMutatingAction", () => {
  it("collects list parameters in index order", () => {
    expect(listParam(new URLSearchParams("InstanceId.2=i-2&InstanceId.1=i-1&Other=x"), "InstanceId")).toEqual(["i-1", "i-2"]);
  });

  it("counts Describe/Get/List as reads and everything else as mutations", () => {
    expect([isMutatingAction("DescribeVpcs"), isMutatingAction("GetResources"), isMutatingAction("CreateTags")]).toEqual([false, false, true]);
  });
});

describe("vpcd sandbox flags", () => {
  it("accepts a port, a time scale and a fault spec", () => {
    expect(parseSandboxArgs(["--port", "4566", "--time-scale", "0.15", "--faults", "throttle=0.1,seed=7"])).toEqual({ ok: true, help: false, options: { port: 4566, timeScale: 0.15, faults: "throttle=0.1,seed=7" } });
  });

  it.each([
    [["--port", "0"], /--port must be 1–65535/],
    [["--time-scale=-1"], /--time-scale must be a number ≥ 0/],
    [["--time-scale", ""], /--time-scale/],
    [["--faults", "boom=1"], /--faults: unknown fault "boom"/],
    [["--nope"], /Unknown option '--nope'/],
  ])("rejects %j naming the flag", (args, message) => {
    const parsed = parseSandboxArgs(args);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });
});
