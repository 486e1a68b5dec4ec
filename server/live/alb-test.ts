import "server-only";
import { buildHistogram, privateIpIn, type AlbTestResult } from "../../lib/live/histogram";

const SANDBOX_EXPLANATION =
  "This is the sandbox: the load balancer's DNS name (…elb.amazonaws.com) is made up by moto and no server answers it. On a real account the same test shows which instances answer.";
const AWS_EXPLANATION =
  "No answer from the load balancer: check that it is active, its security group allows port 80 from this machine, and the targets are healthy (the web servers may still be installing).";

async function once(url: string, timeoutMs: number): Promise<{ ok: true; ip?: string } | { ok: false; error: string }> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), cache: "no-store" });
    const body = await response.text();
    return response.ok ? { ok: true, ip: privateIpIn(body) } : { ok: false, error: `HTTP ${response.status}` };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return { ok: false, error: (error as Error).name === "TimeoutError" ? "timeout" : (cause ?? (error as Error).message) };
  }
}

/**
 * "Test the load balancer": `count` HTTP requests from the server to the ALB's DNS name, four
 * at a time, and a histogram of the private IPs that answered (the lab's page names its host).
 * On the sandbox nothing answers; the result says so and why.
 */
export async function testLoadBalancer(dnsName: string, options: { count: number; isSandbox: boolean; timeoutMs?: number }): Promise<AlbTestResult> {
  const url = `http://${dnsName}/`;
  const outcomes: Awaited<ReturnType<typeof once>>[] = [];
  for (let i = 0; i < options.count; i += 4) {
    const batch = Math.min(4, options.count - i);
    outcomes.push(...(await Promise.all(Array.from({ length: batch }, () => once(url, options.timeoutMs ?? 3_000)))));
  }
  return buildHistogram(url, outcomes, options.isSandbox ? SANDBOX_EXPLANATION : AWS_EXPLANATION);
}
