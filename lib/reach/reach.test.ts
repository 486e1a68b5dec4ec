import { describe, expect, it } from "vitest";
import { seed } from "../testing/design-fixtures";
import { formatReach } from "./format";
import { EN_HOW, EN_REACH } from "./messages/en";
import { KO_HOW, KO_REACH } from "./messages/ko";
import { reach } from "./reach";
import { REACH_CASES } from "../testing/reach-cases";

describe("reach on the seed lab and its usual mistakes", () => {
  it("covers at least 40 questions", () => {
    expect(REACH_CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(REACH_CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const result = reach(seed(c.edit), { from: c.from, to: c.to, protocol: c.protocol ?? "tcp", port: c.port ?? 80 });
    if (!result.ok) throw new Error(result.error.message);
    const { answer } = result;
    const blocker = answer.blockedAt ? [answer.blockedAt.entityId, answer.blockedAt.code] : undefined;
    expect({ verdict: answer.verdict, blocker }).toEqual({ verdict: c.verdict, blocker: c.blocker });
    if (c.via) expect(answer.via).toBe(c.via);
    if (c.passes) expect(answer.path.map((h) => h.entityId)).toContain(c.passes);
    // The path always ends where the answer ends: at the blocker, or at the destination.
    const last = answer.path[answer.path.length - 1];
    if (answer.blockedAt) expect([last.entityId, last.isBlocked]).toEqual([answer.blockedAt.entityId, true]);
    else expect(last.entityId).toBe(c.to);
  });
});

describe("when the question itself is wrong", () => {
  const lab = seed();
  it.each([
    ["an unknown id", { from: "nope", to: "internet" }, "from", 'no entity has the id "nope"'],
    ["a security group as an end", { from: "internet", to: "lab-sg" }, "to", '"lab-sg" is in securityGroups'],
    ["the Internet on both sides", { from: "internet", to: "internet" }, "to", "both the Internet"],
    ["the same instance on both sides", { from: "web-a", to: "web-a" }, "to", 'both "web-a"'],
    ["port 0", { from: "internet", to: "web-a", port: 0 }, "port", "1 to 65535"],
    ["a protocol AWS does not offer here", { from: "internet", to: "web-a", protocol: "sctp" }, "protocol", "tcp, udp or icmp"],
  ] as const)("names the field for %s", (_what, partial, field, message) => {
    const result = reach(lab, { protocol: "tcp", port: 80, ...partial } as never);
    expect(result.ok).toBe(false);
    if (!result.ok) expect([result.error.field, result.error.message]).toEqual([field, expect.stringContaining(message)]);
  });
});

describe("messages", () => {
  const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  it("has the same keys and placeholders in English and Korean", () => {
    expect(Object.keys(KO_REACH).sort()).toEqual(Object.keys(EN_REACH).sort());
    for (const key of Object.keys(EN_REACH)) expect([key, params(KO_REACH[key])]).toEqual([key, params(EN_REACH[key])]);
    expect(Object.keys(KO_HOW).sort()).toEqual(Object.keys(EN_HOW).sort());
  });

  it("has a sentence for every key the checks record, in both languages", () => {
    for (const c of REACH_CASES) {
      const result = reach(seed(c.edit), { from: c.from, to: c.to, protocol: c.protocol ?? "tcp", port: c.port ?? 80 });
      if (!result.ok) continue;
      for (const hop of result.answer.path) {
        expect(EN_REACH[hop.key], hop.key).toBeDefined();
        for (const locale of ["en", "ko"] as const) expect(formatReach(hop.key, hop.params, locale)).not.toMatch(/\{\w+\}/);
      }
    }
  });

  it("keeps entity names as written and translates route outcomes", () => {
    expect(formatReach("arrive", { name: "web-a", traffic: "tcp/80" }, "en")).toBe("web-a receives tcp/80");
    expect(formatReach("no-route", { table: "rt", dest: "203.0.113.10" }, "en")).toBe("Route table rt has no route that matches 203.0.113.10");
    expect(formatReach("return-no-route", { name: "web-a", dest: "x", how: "nat:lab-nat", table: "rt", igw: "igw" }, "ko")).toContain("NAT 게이트웨이 lab-nat");
  });
});
