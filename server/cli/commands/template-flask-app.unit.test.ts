import { execFileSync } from "node:child_process";
import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FLASK_APP_PY } from "../../../lib/templates/flask-app";

/**
 * Runs the lab app's get_private_ip() with python3, a stub `flask` module and a fake `ip`
 * command answering as an instance in the given network would.
 */
function privateIpWith(ipOutputs: { route: string; addr: string }): string {
  const dir = mkdtempSync(path.join(tmpdir(), "vpcd-flask-"));
  writeFileSync(path.join(dir, "app.py"), FLASK_APP_PY);
  writeFileSync(path.join(dir, "flask.py"), "class Flask:\n    def __init__(self, name): pass\n    def route(self, *a, **k): return lambda f: f\n    def run(self, **k): pass\ndef jsonify(v): return v\n");
  writeFileSync(path.join(dir, "route.txt"), ipOutputs.route);
  writeFileSync(path.join(dir, "addr.txt"), ipOutputs.addr);
  const ip = path.join(dir, "ip");
  writeFileSync(ip, `#!/bin/sh\ncase "$*" in\n  *route*) [ -s "${dir}/route.txt" ] || exit 2; cat "${dir}/route.txt" ;;\n  *addr*) cat "${dir}/addr.txt" ;;\nesac\n`);
  chmodSync(ip, 0o755);
  return execFileSync("python3", ["-c", "import app; print(app.get_private_ip())"], { cwd: dir, env: { ...process.env, PATH: `${dir}:${process.env.PATH}` }, encoding: "utf8" }).trim();
}

const ADDR = (ip: string) => `1: lo    inet 127.0.0.1/8 scope host lo\\       valid_lft forever preferred_lft forever\n2: ens5    inet ${ip}/24 metric 100 brd ${ip.replace(/\.\d+$/, ".255")} scope global dynamic ens5\n`;

describe("the lab app's private address", () => {
  it.each(["10.0.1.23", "172.31.5.9", "192.168.2.4", "100.64.3.7"])("is found in a VPC whose instance has %s", (address) => {
    const route = `1.1.1.1 via ${address.replace(/\.\d+$/, ".1")} dev ens5 src ${address} uid 0 \n    cache \n`;
    expect(privateIpWith({ route, addr: ADDR(address) })).toBe(address);
  });

  it("falls back to the first global address without a default route (a private subnet with no NAT)", () => {
    expect(privateIpWith({ route: "", addr: ADDR("10.0.3.44") })).toBe("10.0.3.44");
  });

  it("answers None (the app's 500) only when the instance has no IPv4 address at all", () => {
    expect(privateIpWith({ route: "", addr: "" })).toBe("None");
  });
});
