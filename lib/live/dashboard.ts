import type { CleanupReport } from "../cleanup/report";
import type { SweepGroup } from "../cleanup/sweep-groups";
import type { CleanupView } from "../cleanup/view";
import type { StatusView } from "./types";

/** One status refresh as the server returns it. */
export type StatusReading = {
  view: StatusView;
  /** When to look again: fast while something changes, slower while all is stable. */
  nextPollMs: number;
  /** AWS calls this refresh made (one per resource type, never one per resource). */
  calls: number;
  cost: { usd: number; usdPerHour: number; since: number };
};

/** An auto-cleanup timer for a lab deployment ("delete in 2 h"). */
/**
 * "Delete in 2 h". A timer stays until a cleanup it started is verified: `attempts` counts the
 * timed cleanups that ran and `lastError` says why the last one did not finish (it is retried).
 */
export type LabTimer = { deploymentId: string; dueAt: number; setAt: number; attempts?: number; lastError?: string };

/** Everything the status panel shows for one deployment, in one poll. */
export type StatusDashboard = {
  deploymentId: string;
  name: string;
  target: { kind: "sandbox" | "aws"; region: string };
  /** The deploy walk's own status ("running" while it creates). */
  deployStatus: string;
  reading?: StatusReading;
  /** Why AWS could not be read this time (the panel keeps the last reading). */
  readError?: string;
  cleanup: CleanupView;
  timer?: LabTimer;
};

export type SweepRun = { deploymentId: string; isRunning: boolean; startedAt: number; finishedAt?: number; log: string[]; report?: CleanupReport };
export type SweepScan = { groups: SweepGroup[]; runs: SweepRun[] };
