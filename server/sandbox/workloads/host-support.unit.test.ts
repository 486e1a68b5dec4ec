import { describe, expect, it } from "vitest";
import { hostRefusal } from "./host-support";

const linuxRoot = { env: undefined, platform: "linux", uid: 0, has: () => true };

describe("whether this host can run workloads", () => {
  it("allows Linux as root with every tool", () => {
    expect(hostRefusal(linuxRoot)).toBeUndefined();
  });

  it.each([
    [{ ...linuxRoot, env: "off" }, "turned off (VPCD_SANDBOX_WORKLOADS=off)"],
    [{ ...linuxRoot, platform: "darwin" }, "needs Linux network namespaces (this is darwin)"],
    [{ ...linuxRoot, uid: 1000 }, "needs root to create network namespaces (the sandbox runs as a normal user)"],
    [{ ...linuxRoot, has: (tool: string) => tool !== "bwrap" && tool !== "nft" }, "missing bwrap (bubblewrap), nft (nftables): run `npm run setup -- --test`"],
  ])("says why not for %j", (facts, reason) => {
    expect(hostRefusal(facts)).toBe(reason);
  });
});
