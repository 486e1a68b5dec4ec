import { describe, expect, it } from "vitest";
import { canonicalDesign, deploymentsSubject, requiresConfirmation } from "./binding";

describe("what needs confirming", () => {
  it("requires it on a real account whatever the policy says", () => {
    expect(requiresConfirmation({ kind: "aws" })).toBe(true);
    expect(requiresConfirmation({ kind: "aws" }, {})).toBe(true);
  });

  it("does not require it on the sandbox unless asked", () => {
    expect(requiresConfirmation({ kind: "sandbox" })).toBe(false);
    expect(requiresConfirmation({ kind: "sandbox" }, { confirm: "required" })).toBe(true);
  });

  it("reads a design the same whatever its key order, and ignores the layout", () => {
    const a = canonicalDesign({ name: "lab", vpcs: { b: { cidr: "10.0.0.0/16" }, a: { cidr: "10.1.0.0/16" } }, layout: { a: { x: 1, y: 2 } } });
    const b = canonicalDesign({ vpcs: { a: { cidr: "10.1.0.0/16" }, b: { cidr: "10.0.0.0/16" } }, name: "lab", layout: { a: { x: 9, y: 9 } } });
    expect(a).toBe(b);
    expect(canonicalDesign({ name: "lab2", vpcs: {} })).not.toBe(canonicalDesign({ name: "lab", vpcs: {} }));
  });

  it("names the same set of deployments the same way", () => {
    expect(deploymentsSubject(["dep-b", "dep-a"])).toBe(deploymentsSubject(["dep-a", "dep-b"]));
  });
});
