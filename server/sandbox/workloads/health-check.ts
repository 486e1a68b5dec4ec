import "server-only";
import http from "node:http";
import { matchesCode, type CheckResult } from "./health";
import type { VpcRouter } from "./vpc-router";

/**
 * One HTTP health check as an ALB node sends it: `GET path` from the node's address to the
 * target, `User-Agent: ELB-HealthChecker/2.0`, judged by the matcher; no answer within
 * `timeoutMs` (connection or response) is a timeout, a refused connection a failure.
 */
export async function checkTarget(router: VpcRouter, check: { source: string; ip: string; port: number; path: string; timeoutMs: number; matcher: string }): Promise<CheckResult> {
  const deadline = Date.now() + check.timeoutMs;
  let socket;
  try {
    socket = await router.connect(check.source, check.ip, check.port, check.timeoutMs);
  } catch (error) {
    return (error as { relay?: string }).relay === "timeout" ? { kind: "timeout" } : { kind: "failed" };
  }
  return new Promise((resolve) => {
    const request = http.request(
      { createConnection: () => socket, method: "GET", path: check.path, headers: { host: check.ip, "user-agent": "ELB-HealthChecker/2.0", connection: "close" } },
      (answer) => {
        answer.resume();
        const code = answer.statusCode ?? 0;
        resolve(matchesCode(check.matcher, code) ? { kind: "ok" } : { kind: "mismatch", code });
        request.destroy();
      },
    );
    request.setTimeout(Math.max(1, deadline - Date.now()), () => {
      request.destroy();
      resolve({ kind: "timeout" });
    });
    request.on("error", () => resolve({ kind: "failed" }));
    request.end();
  });
}
