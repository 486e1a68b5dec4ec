import { describe, expect, it } from "vitest";
import { estimateCost } from "../plan/cost";
import { seedLab } from "../templates/seed-lab";
import { formatInviteCode, InviteCodeSchema, normalizeInviteCode } from "./invite-code";
import { SignUpInputSchema } from "./inputs";
import { runningCost } from "./running-cost";

describe("invite codes", () => {
  it("are eight characters of Crockford's alphabet in two groups", () => {
    expect(formatInviteCode(new Uint8Array([0, 1, 2, 3, 31, 32, 33, 255]))).toBe("0123-Z01Z");
  });

  it.each([
    [" k7qm 3xd9 ", "K7QM-3XD9"],
    ["K7QM3XD9", "K7QM-3XD9"],
    ["o1il-0000", "0111-0000"],
  ])("read %j as %j", (typed, code) => {
    expect(normalizeInviteCode(typed)).toBe(code);
    expect(InviteCodeSchema.parse(typed)).toBe(code);
  });

  it("refuse a code of the wrong length or letters, saying what one looks like", () => {
    for (const bad of ["K7QM-3XD", "K7QM-3XDU", ""]) {
      const parsed = InviteCodeSchema.safeParse(bad);
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.message).toContain("like K7QM-3XD9");
    }
  });
});

describe("sign-up input", () => {
  it("names the field that is wrong", () => {
    const parsed = SignUpInputSchema.safeParse({ name: "Ana", email: "not-an-email", password: "short", inviteCode: "K7QM-3XD9" });
    expect(parsed.error?.issues.map((i) => i.path.join("."))).toEqual(["email", "password"]);
  });
});

describe("running cost", () => {
  const lab = seedLab();
  const all = new Set([...Object.keys(lab.natGateways), ...Object.keys(lab.instances), ...Object.keys(lab.loadBalancers), ...Object.keys(lab.elasticIps)]);

  it("is the plan's estimate while everything exists, and nothing once it is gone", () => {
    expect(runningCost(lab, all).perHour).toBeCloseTo(estimateCost(lab).perHour, 10);
    expect(runningCost(lab, new Set()).perHour).toBe(0);
  });

  it("counts only what still exists: the lab without its NAT gateway costs that much less", () => {
    const nat = Object.keys(lab.natGateways)[0]!;
    const natLine = estimateCost(lab).lines.find((l) => l.id === "nat-gateway")!;
    const without = new Set([...all].filter((id) => id !== nat));
    expect(runningCost(lab, all).perHour - runningCost(lab, without).perHour).toBeCloseTo(natLine.unitPerHour!, 10);
  });
});
