import { describe, expect, it } from "vitest";
import { isAccountId, studentSandboxAccount } from "./sandbox-account";

describe("studentSandboxAccount", () => {
  it("gives each user a stable 12-digit account, distinct across a class, never the default one", () => {
    const accounts = Array.from({ length: 100 }, (_, i) => studentSandboxAccount(`student-${i}`));
    expect(accounts.every(isAccountId)).toBe(true);
    expect(new Set(accounts).size).toBe(100);
    expect(accounts).not.toContain("123456789012");
    expect(studentSandboxAccount("student-7")).toBe(studentSandboxAccount("student-7"));
    expect(studentSandboxAccount("student-7")).not.toBe(studentSandboxAccount("student-8"));
  });

  it("tells an account id from anything else", () => {
    expect(isAccountId("123456789012")).toBe(true);
    expect(isAccountId("12345678901")).toBe(false);
    expect(isAccountId("test")).toBe(false);
  });
});
