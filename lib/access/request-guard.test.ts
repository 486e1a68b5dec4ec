import { describe, expect, it } from "vitest";
import { accessPolicy, guardRequest, hostName, isLoopback, type GuardRequest } from "./request-guard";

const request = (host: string | null, extra: Partial<GuardRequest> = {}): GuardRequest => ({ host, pathname: "/", queryToken: null, cookieToken: undefined, authorization: null, ...extra });

describe("host names", () => {
  it.each([
    ["127.0.0.1:3000", "127.0.0.1", true],
    ["LocalHost:3206", "localhost", true],
    ["[::1]:3000", "[::1]", true],
    ["127.8.0.2", "127.8.0.2", true],
    ["evil.example:3000", "evil.example", false],
    ["127.0.0.1.evil.example", "127.0.0.1.evil.example", false],
    ["192.168.0.10:3000", "192.168.0.10", false],
  ])("%s → %s (loopback %s)", (host, name, loopback) => {
    expect(hostName(host)).toBe(name);
    expect(isLoopback(host)).toBe(loopback);
  });
});

describe("a loopback server without a token (the default)", () => {
  const policy = accessPolicy("127.0.0.1");
  it.each(["127.0.0.1:3000", "localhost:3000", "[::1]:3000", "127.0.0.1:3206"])("answers Host %s", (host) => {
    expect(guardRequest(request(host), policy)).toEqual({ kind: "allow" });
  });
  it.each(["evil.example:3000", "attacker.test", "", "127.0.0.1.nip.io:3000"])("refuses Host %j with 421 (DNS rebinding)", (host) => {
    const verdict = guardRequest(request(host), policy);
    expect(verdict).toMatchObject({ kind: "refuse", status: 421 });
    expect(verdict.kind === "refuse" && verdict.message).toContain("127.0.0.1");
  });
  it("refuses a request with no Host at all", () => {
    expect(guardRequest(request(null), policy)).toMatchObject({ kind: "refuse", status: 421 });
  });
});

describe("a server bound beyond loopback with an access token", () => {
  const policy = accessPolicy("0.0.0.0", "s3cret-token");
  it("answers any host name, but only with the token", () => {
    expect(guardRequest(request("10.0.0.5:3000"), policy)).toMatchObject({ kind: "refuse", status: 403 });
    expect(guardRequest(request("10.0.0.5:3000", { cookieToken: "s3cret-token" }), policy)).toEqual({ kind: "allow" });
    expect(guardRequest(request("10.0.0.5:3000", { authorization: "Bearer s3cret-token" }), policy)).toEqual({ kind: "allow" });
    expect(guardRequest(request("10.0.0.5:3000", { cookieToken: "s3cret-tokem" }), policy)).toMatchObject({ kind: "refuse" });
  });
  it("turns ?token= into a cookie (then a redirect drops it from the URL)", () => {
    expect(guardRequest(request("10.0.0.5:3000", { queryToken: "s3cret-token" }), policy)).toEqual({ kind: "set-cookie" });
    expect(guardRequest(request("10.0.0.5:3000", { queryToken: "wrong" }), policy)).toMatchObject({ kind: "refuse", status: 403 });
  });
  it("lets the health probe through without the token", () => {
    expect(guardRequest(request("127.0.0.1:3000", { pathname: "/api/health" }), policy)).toEqual({ kind: "allow" });
  });
  it("keeps to the named host when the bind address is a name", () => {
    const named = accessPolicy("lab.example", "t");
    expect(guardRequest(request("lab.example:3000", { cookieToken: "t" }), named)).toEqual({ kind: "allow" });
    expect(guardRequest(request("evil.example:3000", { cookieToken: "t" }), named)).toMatchObject({ status: 421 });
  });
});
