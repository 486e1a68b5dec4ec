import "server-only";
import type { AdoptedFrom, DeploymentTarget, JournalEntry, NewJournalEntry } from "../../lib/deploy/types";
import type { RecordedResource } from "../../lib/plan/recorded";
import type { Plan } from "../../lib/plan/types";
import type { Design } from "../../lib/design/schema";

/** The process running a deployment's walk, so another process can tell "running" from "interrupted". */
export type Runner = { pid: number; startedAt: number };

export type DeploymentRow = {
  id: string;
  name: string;
  design: Design;
  target: DeploymentTarget;
  plan: Plan;
  createdAt: number;
  runner?: Runner;
  /** Set when the deployment was adopted from AWS (`vpcd adopt`), not deployed. */
  adopted?: AdoptedFrom;
};

/** What `walk` needs from a journal; the SQLite journal and the in-memory one both provide it. */
export type EntryLog = {
  append(entry: NewJournalEntry): JournalEntry;
  entries(deploymentId: string): JournalEntry[];
};

export type Journal = EntryLog & {
  createDeployment(row: DeploymentRow): void;
  getDeployment(id: string): DeploymentRow | undefined;
  /** Newest first. */
  listDeployments(): DeploymentRow[];
  setRunner(id: string, runner: Runner | null): void;
  /** Records the AWS account a real-account deployment runs in (once, at its first run). */
  setAccount(id: string, accountId: string): void;
  /** Everything the journal says this deployment created (see lib/deploy/resources.ts). */
  recordedResources(deploymentId: string): RecordedResource[];
  /**
   * Removes a deployment and its entries (one transaction); true when it was there. Only
   * `vpcd forget` calls it, after checking nothing billable can hide behind the removal.
   */
  forgetDeployment(id: string): boolean;
  close(): void;
};
