import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { testLoadBalancer } from "./alb-test";

describe("testing the load balancer", () => {
  it("counts the private IPs that answered", async () => {
    let n = 0;
    const server = createServer((_req, res) => res.end(`<h1>Hello from ${n++ % 3 === 0 ? "192.168.2.4" : "192.168.3.4"}</h1>`));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const result = await testLoadBalancer(`127.0.0.1:${port}`, { count: 6, isSandbox: false });
    server.close();
    expect(result.byIp).toEqual([{ ip: "192.168.3.4", count: 4 }, { ip: "192.168.2.4", count: 2 }]);
    expect(result.explanation).toBeUndefined();
  });

  it("says why nothing answers on the sandbox", async () => {
    const result = await testLoadBalancer("lab-alb-1.ap-northeast-2.elb.invalid", { count: 2, isSandbox: true, timeoutMs: 1_000 });
    expect(result.answered).toBe(0);
    expect(result.explanation).toMatch(/sandbox/);
    expect(Object.values(result.errors).reduce((a, b) => a + b, 0)).toBe(2);
  });
});
