import "server-only";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { namespacesWith } from "../sandbox/workloads/netns";

/**
 * What this test process's sandboxes left on the host: network namespaces named after it,
 * which of `pids` (processes seen in instance namespaces) still live, and the host's own
 * nftables tables (the sandbox must never add one).
 */
export function hostLeftovers(pids: number[]): { namespaces: string[]; processes: number[]; hostTables: string[] } {
  // A zombie has ended (no code, no memory, no namespace) and only waits for its reaper.
  const alive = pids.filter((pid) => {
    try {
      return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
    } catch {
      return false;
    }
  });
  const tables = execFileSync("nft", ["list", "tables"], { encoding: "utf8" }).split("\n").filter(Boolean);
  return { namespaces: namespacesWith(`vpcd-${process.pid}-`), processes: alive, hostTables: tables };
}

/** `count` GETs to `url`, four at a time: how many answered 2xx, and by which private IP. */
export async function requestMany(url: string, count: number, timeoutMs = 3_000) {
  const byPrivateIp: Record<string, number> = {};
  let answered = 0;
  let failed = 0;
  for (let i = 0; i < count; i += 4) {
    await Promise.all(Array.from({ length: Math.min(4, count - i) }, async () => {
      try {
        const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
        const body = (await response.json().catch(() => ({}))) as { private_ip?: string };
        if (!response.ok) throw new Error(String(response.status));
        answered += 1;
        byPrivateIp[body.private_ip ?? "?"] = (byPrivateIp[body.private_ip ?? "?"] ?? 0) + 1;
      } catch {
        failed += 1;
      }
    }));
  }
  return { url, answered, failed, byPrivateIp };
}
