import { describe, expect, it } from "vitest";
import { invalidInput } from "../actions/result";
import { OpenDesignInputSchema, SaveDesignInputSchema } from "./inputs";

const refusal = (input: unknown) => {
  const parsed = OpenDesignInputSchema.safeParse(input);
  return parsed.success ? undefined : invalidInput("design", parsed.error).error;
};

describe("the designs actions' input", () => {
  it("names the field and what is allowed for a bad id or version", () => {
    expect(refusal({ id: "../etc/passwd" })).toMatchObject({ code: "invalid_input:design", issues: [{ path: "id", message: "A design id is 8 to 64 letters, digits, '-' or '_'." }] });
    expect(refusal({ id: "abcdef0123456789", version: 0 })?.issues).toEqual([{ path: "version", message: "Versions count from 1." }]);
    expect(refusal({ id: "abcdef0123456789", version: 1.5 })?.issues).toEqual([{ path: "version", message: "A version is a whole number." }]);
    expect(refusal({ id: "abcdef0123456789", version: 2 })).toBeUndefined();
  });

  it("leaves the design itself to the migrations, and the base version optional only for a new design", () => {
    expect(SaveDesignInputSchema.safeParse({ id: "abcdef0123456789", design: { anything: true } }).success).toBe(true);
    expect(SaveDesignInputSchema.safeParse({ id: "abcdef0123456789", baseVersion: -1, design: {} }).success).toBe(false);
  });
});
