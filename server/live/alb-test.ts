import "server-only";
import { buildHistogram, privateIpIn, type AlbTestResult, type AlbTestWhy } from "../../lib/live/histogram";

const EXPLANATIONS: Record<AlbTestWhy, string> = {
  aws: "No answer from the load balancer: check that it is active, its security group allows port 80 from this machine, and the targets are healthy (the web servers may still be installing).",
  sandboxRuns:
    "The sandbox runs the web servers and the load balancer on this machine, and none answered: the instances may still be booting (see target health), or a security group or route in the design blocks port 80, as it would on AWS.",
  sandboxCannotRun:
    "This sandbox cannot run the instances' web servers on this machine ({reason}), so nothing answers the load balancer. On a real account, or a Linux machine where the sandbox runs as root, the same test shows which instances answer.",
};

/** What the sandbox at `endpoint` says about running workloads ("on", "off", "unavailable: …"). */
async function sandboxWorkloads(endpoint: string): Promise<string> {
  try {
    const config = (await (await fetch(`${endpoint}/_sandbox/config`, { signal: AbortSignal.timeout(2_000) })).json()) as { workloads?: string };
    return config.workloads ?? "unavailable: this sandbox does not run workloads";
  } catch {
    return "unavailable: the sandbox did not answer";
  }
}

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
 * On the sandbox the DNS name is the sandbox's load balancer on loopback (server/sandbox
 * README); when nothing answers, the result says why, including a sandbox that cannot run
 * workloads on this machine.
 */
export async function testLoadBalancer(dnsName: string, options: { count: number; sandboxEndpoint?: string; timeoutMs?: number }): Promise<AlbTestResult> {
  const url = `http://${dnsName}/`;
  const outcomes: Awaited<ReturnType<typeof once>>[] = [];
  for (let i = 0; i < options.count; i += 4) {
    const batch = Math.min(4, options.count - i);
    outcomes.push(...(await Promise.all(Array.from({ length: batch }, () => once(url, options.timeoutMs ?? 3_000)))));
  }
  const result = buildHistogram(url, outcomes, "");
  if (result.answered > 0) return { ...result, explanation: undefined };
  const why = await explain(options.sandboxEndpoint);
  const text = Object.entries(why.values ?? {}).reduce((out, [k, v]) => out.replace(`{${k}}`, v), EXPLANATIONS[why.key]);
  return { ...result, explanation: text, why };
}

async function explain(sandboxEndpoint: string | undefined): Promise<NonNullable<AlbTestResult["why"]>> {
  if (!sandboxEndpoint) return { key: "aws" };
  const workloads = await sandboxWorkloads(sandboxEndpoint);
  if (workloads === "on") return { key: "sandboxRuns" };
  return { key: "sandboxCannotRun", values: { reason: workloads.replace(/^unavailable: /, "") } };
}
