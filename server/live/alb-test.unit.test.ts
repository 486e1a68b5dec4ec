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
    const result = await testLoadBalancer(`127.0.0.1:${port}`, { count: 6 });
    server.close();
    expect(result.byIp).toEqual([{ ip: "192.168.3.4", count: 4 }, { ip: "192.168.2.4", count: 2 }]);
    expect(result.explanation).toBeUndefined();
  });

  it("says the sandbox cannot run the web servers here, and why, when its workloads are unavailable", async () => {
    const sandbox = createServer((_req, res) => res.end(JSON.stringify({ workloads: "unavailable: needs Linux network namespaces (this is darwin)" })));
    await new Promise<void>((resolve) => sandbox.listen(0, "127.0.0.1", resolve));
    const endpoint = `http://127.0.0.1:${(sandbox.address() as AddressInfo).port}`;
    const result = await testLoadBalancer("lab-alb-1.ap-northeast-2.elb.invalid", { count: 2, sandboxEndpoint: endpoint, timeoutMs: 1_000 });
    sandbox.close();
    expect(result.answered).toBe(0);
    expect(result.why).toEqual({ key: "sandboxCannotRun", values: { reason: "needs Linux network namespaces (this is darwin)" } });
    expect(result.explanation).toContain("(needs Linux network namespaces (this is darwin))");
    expect(Object.values(result.errors).reduce((a, b) => a + b, 0)).toBe(2);
  });

  it("points at boot, target health and the design when the sandbox runs the lab and nothing answers", async () => {
    const sandbox = createServer((_req, res) => res.end(JSON.stringify({ workloads: "on" })));
    await new Promise<void>((resolve) => sandbox.listen(0, "127.0.0.1", resolve));
    const endpoint = `http://127.0.0.1:${(sandbox.address() as AddressInfo).port}`;
    const result = await testLoadBalancer("lab-alb-1.ap-northeast-2.elb.invalid", { count: 1, sandboxEndpoint: endpoint, timeoutMs: 1_000 });
    sandbox.close();
    expect(result.why).toEqual({ key: "sandboxRuns" });
  });

  it("gives AWS's checklist on a real account", async () => {
    const result = await testLoadBalancer("lab-alb-1.ap-northeast-2.elb.invalid", { count: 1, timeoutMs: 1_000 });
    expect(result.why).toEqual({ key: "aws" });
    expect(result.explanation).toMatch(/security group allows port 80/);
  });
});
