/** The load-balancer test's outcome: who answered, as a histogram, and why nobody did. */
export type AlbTestResult = {
  url: string;
  sent: number;
  answered: number;
  /** Answers per private IP (from the lab's Flask page), largest first. */
  byIp: Array<{ ip: string; count: number }>;
  /** Failures by reason ("ENOTFOUND", "timeout", "HTTP 503"). */
  errors: Record<string, number>;
  /** Why nothing answered, when nothing did (English, for the CLI). */
  explanation?: string;
  /** The same reason as a message key under `status.alb.why` (the UI shows it translated) and its values. */
  why?: { key: AlbTestWhy; values?: Record<string, string> };
};

/** Why a load-balancer test got no answer: AWS, the sandbox running the lab, or a sandbox that cannot run it here. */
export type AlbTestWhy = "aws" | "sandboxRuns" | "sandboxCannotRun";

const IP = /\b(?:10|172|192)\.\d{1,3}\.\d{1,3}\.\d{1,3}\b/;

/** The private IP the lab's Flask app answers (`{"private_ip": "192.168.2.4"}`), or one a page names. */
export function privateIpIn(body: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(body);
    const ip = (parsed as { private_ip?: unknown })?.private_ip;
    if (typeof ip === "string") return ip;
  } catch {
    // Not JSON: look for an address in the text.
  }
  return IP.exec(body)?.[0];
}

/**
 * Counts answers per private IP and failures per reason.
 *
 * @example buildHistogram("http://x", [{ ok: true, ip: "10.0.0.4" }, { ok: false, error: "timeout" }]).answered === 1
 */
export function buildHistogram(url: string, outcomes: ReadonlyArray<{ ok: true; ip?: string } | { ok: false; error: string }>, explanation?: string): AlbTestResult {
  const counts = new Map<string, number>();
  const errors: Record<string, number> = {};
  for (const o of outcomes) {
    if (o.ok) counts.set(o.ip ?? "unknown", (counts.get(o.ip ?? "unknown") ?? 0) + 1);
    else errors[o.error] = (errors[o.error] ?? 0) + 1;
  }
  const byIp = [...counts].map(([ip, count]) => ({ ip, count })).sort((a, b) => b.count - a.count || a.ip.localeCompare(b.ip));
  const answered = byIp.reduce((n, b) => n + b.count, 0);
  return { url, sent: outcomes.length, answered, byIp, errors, explanation: answered === 0 ? explanation : undefined };
}
