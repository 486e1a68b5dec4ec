import "server-only";
import { createInterface } from "node:readline/promises";
import { deploymentView } from "../../../lib/deploy/view";
import type { Journal } from "../../journal";
import type { PreflightReport } from "../../engine/preflight";

/**
 * Prints a deployment's journal lines as they are written (polling the journal, so the CLI
 * shows exactly what the app would). Returns a function that prints the rest and stops.
 */
export function followJournal(journal: Journal, deploymentId: string, write: (line: string) => void, everyMs = 250): () => void {
  let printed = journal.entries(deploymentId).length;
  const row = journal.getDeployment(deploymentId)!;
  const flush = () => {
    const entries = journal.entries(deploymentId);
    const view = deploymentView({ ...row, entries }, true, Date.now());
    const finished = new Set<string>();
    view.log.forEach((line, index) => {
      if (line.level === "ok") finished.add(line.stepId);
      if (index >= printed) write(`${progressPrefix(finished.size, view.progress.total)} ${line.text}`);
    });
    printed = view.log.length;
  };
  const timer = setInterval(flush, everyMs);
  return () => {
    clearInterval(timer);
    flush();
  };
}

function progressPrefix(done: number, total: number): string {
  return `[${String(done).padStart(String(total).length)}/${total}]`;
}

/** The preflight checklist as text lines: ✓ ok, ! warning, ✗ failed, ? not checked (the detail says why). */
export function formatPreflight(report: PreflightReport): string {
  const mark = { ok: "✓", warn: "!", fail: "✗", unchecked: "?" } as const;
  return report.checks.map((c) => `  ${mark[c.status]} ${c.id.padEnd(16)} ${c.detail}`).join("\n");
}

/** Asks a yes/no question on the terminal; anything but y/yes is no. */
export async function confirm(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^(y|yes)$/i.test((await rl.question(`${question} [y/N] `)).trim());
  } finally {
    rl.close();
  }
}
