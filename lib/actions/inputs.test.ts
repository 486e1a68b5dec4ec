import { describe, expect, it } from "vitest";
import { CleanupInputSchema, DeployInputSchema, PreflightInputSchema, SweepGroupInputSchema } from "./inputs";
import { invalidInput } from "./result";

function rejected(schema: { safeParse(input: unknown): { success: boolean; error?: unknown } }, input: unknown) {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error("expected the input to be refused");
  return parsed.error as Parameters<typeof invalidInput>[1];
}

describe("action input", () => {
  it("names the field and what is allowed, under a typed code for the action", () => {
    const result = invalidInput("cleanup", rejected(CleanupInputSchema, { deploymentId: "lab" }));
    expect(result).toEqual({ ok: false, error: { code: "invalid_input:cleanup", message: "The request is not valid.", issues: [{ path: "deploymentId", message: "not a deployment id" }] } });
  });

  it("checks a region and a target the same way everywhere", () => {
    const issues = invalidInput("sweep", rejected(SweepGroupInputSchema, { region: "seoul", target: "gcp", deploymentId: "x" })).error.issues;
    expect(issues?.map((i) => i.path)).toEqual(["region", "target"]);
    expect(issues?.[0].message).toMatch(/ap-northeast-2/);
    expect(invalidInput("deploy", rejected(DeployInputSchema, { design: {}, target: "gcp" })).error.issues?.[0].path).toBe("target");
  });

  it("refuses fields it does not know", () => {
    expect(invalidInput("cleanup", rejected(CleanupInputSchema, { deploymentId: "dep-a-b", extra: 1 })).error.code).toBe("invalid_input:cleanup");
  });

  it("takes a confirmation token only in the shape the server issues, and only where an action uses one", () => {
    const token = "a".repeat(43);
    expect(DeployInputSchema.safeParse({ design: {}, target: "aws", confirmation: token }).success).toBe(true);
    expect(CleanupInputSchema.safeParse({ deploymentId: "dep-a-b", confirmation: token }).success).toBe(true);
    expect(SweepGroupInputSchema.safeParse({ region: "ap-northeast-2", target: "aws", deploymentId: "dep-a-b", confirmation: token }).success).toBe(true);
    const issues = invalidInput("deploy", rejected(DeployInputSchema, { design: {}, target: "aws", confirmation: "yes" })).error.issues;
    expect(issues).toEqual([{ path: "confirmation", message: "not a confirmation token from the confirm step" }]);
    expect(PreflightInputSchema.safeParse({ design: {}, target: "aws", confirmation: token }).success).toBe(false);
  });
});
