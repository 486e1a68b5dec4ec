import { describe, expect, it } from "vitest";
import { parseTestLbArgs } from "./test-lb";

describe("vpcd test-lb arguments", () => {
  it("takes a deployment id, 20 requests by default, and --json", () => {
    expect(parseTestLbArgs(["dep-1"])).toEqual({ ok: true, id: "dep-1", count: 20, json: false });
    expect(parseTestLbArgs(["dep-1", "--count", "5", "--json"])).toEqual({ ok: true, id: "dep-1", count: 5, json: true });
  });

  it.each([
    [[], /one deployment id/],
    [["a", "b"], /one deployment id/],
    [["dep-1", "--count", "0"], /--count must be a whole number from 1 to 1000 \(got 0\)/],
    [["dep-1", "--count", "2.5"], /--count must be a whole number/],
    [["dep-1", "--count", "many"], /\(got many\)/],
    [["dep-1", "--bogus"], /bogus/],
  ])("refuses %j naming the problem", (args, message) => {
    const parsed = parseTestLbArgs(args);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });
});
