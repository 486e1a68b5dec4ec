import { describe, expect, it } from "vitest";
import { buildHistogram, privateIpIn } from "./histogram";
import { runningCost } from "./cost";

describe("the load balancer test", () => {
  it("counts answers per private IP, largest first", () => {
    const result = buildHistogram("http://lb", [
      { ok: true, ip: "192.168.2.4" },
      { ok: true, ip: "192.168.3.4" },
      { ok: true, ip: "192.168.3.4" },
      { ok: false, error: "timeout" },
    ]);
    expect(result.byIp).toEqual([{ ip: "192.168.3.4", count: 2 }, { ip: "192.168.2.4", count: 1 }]);
    expect(result).toMatchObject({ sent: 4, answered: 3, errors: { timeout: 1 }, explanation: undefined });
  });

  it("keeps the explanation only when nothing answered", () => {
    expect(buildHistogram("http://lb", [{ ok: false, error: "ENOTFOUND" }], "sandbox").explanation).toBe("sandbox");
  });

  it("reads the private IP from a lab page", () => {
    expect(privateIpIn('{"private_ip": "192.168.3.4"}')).toBe("192.168.3.4");
    expect(privateIpIn("<h1>Hello from ip-192-168-2-4 (192.168.2.4)</h1>")).toBe("192.168.2.4");
    expect(privateIpIn("no address")).toBeUndefined();
  });
});

describe("the cost meter", () => {
  it("charges the hourly rate for the time since deploy", () => {
    const lines = [{ logicalId: "n", kind: "nat-gateway", usdPerHour: 0.059 }, { logicalId: "i", kind: "instance", usdPerHour: 0.013 }];
    expect(runningCost(lines, 0, 2 * 3_600_000)).toEqual({ usd: 0.144, usdPerHour: 0.072 });
    expect(runningCost(lines, 10, 5).usd).toBe(0);
  });
});
