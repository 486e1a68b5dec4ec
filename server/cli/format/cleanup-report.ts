import "server-only";
import type { CleanupReport } from "../../../lib/cleanup/report";
import type { SweepGroup } from "../../../lib/cleanup/sweep-groups";
import { formatLiveText } from "./live-text";

/** The cleanup report as text lines: the verdict first, then what remains and why. */
export function formatReport(report: CleanupReport): string[] {
  const lines = [
    report.isNothingLeft ? "✓ Nothing billable left: no NAT gateway, Elastic IP, load balancer, running instance or volume of this deployment remains." : report.isNothingBillableLeft ? "! Nothing billable left, but some resources remain:" : "✗ Billable resources remain:",
  ];
  for (const r of report.remaining) lines.push(`  - ${r.kind} ${r.awsId}${r.logicalId ? ` (${r.logicalId})` : ""}: ${formatLiveText(r.reason)}`);
  if (report.allowed.length > 0) lines.push(`  Allowed remainder (${report.allowed.length}):`, ...report.allowed.map((r) => `  · ${r.kind} ${r.awsId}: ${formatLiveText(r.reason)}`));
  if (report.foreign.length > 0) lines.push(`  Not made by this app, left alone (${report.foreign.length}):`, ...report.foreign.map((r) => `  · ${r.kind} ${r.awsId}${r.detail ? ` — ${r.detail}` : ""}`));
  return lines;
}

/** `3 h 05 min`, `12 min`, `unknown`. */
export function formatAge(ms: number | undefined): string {
  if (ms === undefined) return "age unknown";
  const minutes = Math.floor(ms / 60_000);
  return minutes >= 60 ? `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, "0")} min` : `${minutes} min`;
}

/** One sweep group as text: id, age, cost, and its resources. */
export function formatGroup(group: SweepGroup): string[] {
  const journal = group.isBusy ? "being deployed or cleaned up here now: left alone" : group.isOtherInstallation ? "made by another installation of the app: it may still be in use there" : group.hasJournal ? "journal on this machine" : "no journal here (crashed or from elsewhere)";
  return [
    `${group.deploymentId}  ${formatAge(group.ageMs)}  $${group.usdPerHour.toFixed(4)}/h  ${group.resources.length} resources  (${journal})`,
    ...group.resources.map((r) => `  - ${r.kind.padEnd(16)} ${r.awsId}  ${r.logicalId}${r.state ? ` [${r.state}]` : ""}`),
  ];
}
