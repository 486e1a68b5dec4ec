import { readdirSync, readFileSync, statSync } from "node:fs";
import { networkInterfaces } from "node:os";
import net from "node:net";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { openFresh } from "./fixtures/designer";

const distDir = process.env.VPCD_DIST_DIR ?? ".next";
const port = Number(process.env.VPCD_E2E_PORT ?? 3100);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/** Traces of the AWS SDK, SQLite or credentials that must never reach a browser. */
const FORBIDDEN: Array<[string, RegExp]> = [
  ["AWS SDK package", /@aws-sdk\/|@smithy\//],
  ["AWS SDK client", /\b(EC2Client|ElasticLoadBalancingV2Client|STSClient|SignatureV4)\b/],
  ["AWS SigV4 signing", /AWS4-HMAC-SHA256/],
  ["credential variable", /AWS_SECRET_ACCESS_KEY|AWS_ACCESS_KEY_ID|AWS_SESSION_TOKEN|secretAccessKey/],
  ["access key id", /\b(AKIA|ASIA)[0-9A-Z]{16}\b/],
  ["SQLite", /better-sqlite3/],
];

/** One raw HTTP request with the Host header we choose (a browser or fetch would set its own). */
function rawRequest(method: string, pathname: string, host: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1", () => {
      const extra = Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`).join("");
      socket.write(`${method} ${pathname} HTTP/1.1\r\nHost: ${host}\r\n${extra}Content-Length: 0\r\nConnection: close\r\n\r\n`);
    });
    let head = "";
    socket.on("data", (chunk) => {
      head += chunk.toString("latin1");
      const status = /^HTTP\/1\.1 (\d{3})/.exec(head);
      if (!status) return;
      resolve(Number(status[1]));
      socket.destroy();
    });
    socket.on("error", reject);
  });
}

test.describe("security", () => {
  test("answers only to its own host name: a rebound DNS name gets no page and no server action", async () => {
    expect(await rawRequest("GET", "/", `127.0.0.1:${port}`)).toBe(200);
    expect(await rawRequest("GET", "/", `localhost:${port}`)).toBe(200);
    expect(await rawRequest("GET", "/", `attacker.example:${port}`)).toBe(421);
    expect(await rawRequest("POST", "/", `attacker.example:${port}`, { "Next-Action": "0123456789abcdef", "Content-Type": "text/plain" })).toBe(421);
  });

  test("no AWS SDK code or credential strings in any client bundle file", () => {
    const files = filesUnder(path.join(distDir, "static"));
    expect(files.filter((f) => f.endsWith(".js")).length).toBeGreaterThan(0);
    const found = files.flatMap((file) => {
      const text = readFileSync(file, "latin1");
      return FORBIDDEN.filter(([, pattern]) => pattern.test(text)).map(([what]) => `${path.relative(distDir, file)}: ${what}`);
    });
    expect(found).toEqual([]);
  });

  test("a server-action POST from a foreign Origin is refused, the same POST from the app's origin works", async ({ page, request, baseURL }) => {
    await openFresh(page);
    await page.getByTestId("tool-template").click();
    await page.getByTestId("template-seed-lab").click();
    await page.getByTestId("tab-deploy").click();
    // The preflight action: the one whose body carries the design and the target.
    const actionCall = page.waitForRequest((r) => r.method() === "POST" && r.headers()["next-action"] !== undefined && (r.postData() ?? "").includes('"target":"sandbox"'));
    await page.getByTestId("deploy-button").click();
    const call = await actionCall;
    const headers = { "next-action": call.headers()["next-action"], "content-type": call.headers()["content-type"] ?? "text/plain;charset=UTF-8", accept: "text/x-component" };
    const body = call.postData() ?? "";

    const foreign = await request.post(baseURL!, { headers: { ...headers, origin: "http://evil.example" }, data: body });
    expect(foreign.status()).toBeGreaterThanOrEqual(400);
    expect(await foreign.text()).not.toContain("identity");

    const own = await request.post(baseURL!, { headers: { ...headers, origin: baseURL! }, data: body });
    expect(own.status()).toBe(200);
    expect(await own.text()).toContain("identity");
  });

  test("the app listens on 127.0.0.1 only", async () => {
    const listening = ["/proc/net/tcp", "/proc/net/tcp6"].flatMap((file) =>
      readFileSync(file, "utf8").split("\n").slice(1).map((line) => line.trim().split(/\s+/)).filter((cols) => cols[3] === "0A" && cols[1]?.endsWith(`:${port.toString(16).toUpperCase().padStart(4, "0")}`)).map((cols) => cols[1].split(":")[0]),
    );
    expect(listening).toEqual(["0100007F"]);
    const external = Object.values(networkInterfaces()).flat().find((i) => i && i.family === "IPv4" && !i.internal)?.address;
    if (external) {
      const connected = await new Promise<boolean>((resolve) => {
        const socket = net.connect({ host: external, port, timeout: 2_000 }, () => (socket.destroy(), resolve(true)));
        socket.on("error", () => resolve(false));
        socket.on("timeout", () => (socket.destroy(), resolve(false)));
      });
      expect(connected).toBe(false);
    }
  });
});
