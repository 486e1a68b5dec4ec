import { describe, expect, it } from "vitest";
import { renderFirewall } from "./firewall";

const rulesOf = (text: string) => text.split("\n").filter((line) => line.includes("saddr")).map((line) => line.trim());

describe("renderFirewall", () => {
  it("drops everything but loopback and replies when the groups allow nothing", () => {
    const text = renderFirewall([], new Map());
    expect(text).toContain("policy drop;");
    expect(text).toContain("ct state established,related accept");
    expect(rulesOf(text)).toEqual([]);
  });

  it.each([
    [{ protocol: "tcp", fromPort: 80, toPort: 80, cidrs: ["0.0.0.0/0"], groupIds: [] }, ["ip saddr 0.0.0.0/0 tcp dport 80 accept"]],
    [{ protocol: "6", fromPort: 1000, toPort: 2000, cidrs: ["10.0.0.0/8"], groupIds: [] }, ["ip saddr 10.0.0.0/8 tcp dport 1000-2000 accept"]],
    [{ protocol: "udp", fromPort: 53, toPort: 53, cidrs: ["192.168.0.0/16"], groupIds: [] }, ["ip saddr 192.168.0.0/16 udp dport 53 accept"]],
    [{ protocol: "icmp", fromPort: -1, toPort: -1, cidrs: ["0.0.0.0/0"], groupIds: [] }, ["ip saddr 0.0.0.0/0 meta l4proto icmp accept"]],
    [{ protocol: "-1", cidrs: ["192.168.1.0/24"], groupIds: [] }, ["ip saddr 192.168.1.0/24 accept"]],
    // IPv6 sources cannot match in the IPv4-only sandbox network; unknown protocols are skipped.
    [{ protocol: "tcp", fromPort: 22, toPort: 22, cidrs: ["::/0"], groupIds: [] }, []],
    [{ protocol: "gre", cidrs: ["0.0.0.0/0"], groupIds: [] }, []],
  ])("renders %j", (permission, expected) => {
    expect(rulesOf(renderFirewall([permission], new Map()))).toEqual(expected);
  });

  it("expands a source group into the private IPs of its interfaces", () => {
    const text = renderFirewall([{ protocol: "tcp", fromPort: 80, toPort: 80, cidrs: [], groupIds: ["sg-alb"] }], new Map([["sg-alb", ["192.168.2.50", "192.168.3.50"]]]));
    expect(rulesOf(text)).toEqual(["ip saddr 192.168.2.50 tcp dport 80 accept", "ip saddr 192.168.3.50 tcp dport 80 accept"]);
  });
});
