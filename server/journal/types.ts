import "server-only";
import type { AdoptedFrom, DeploymentTarget, JournalEntry, NewJournalEntry } from "../../lib/deploy/types";
import type { RecordedResource } from "../../lib/plan/recorded";
import type { Plan } from "../../lib/plan/types";
import type { Design } from "../../lib/design/schema";

/** The process running a deployment's walk, so another process can tell "running" from "interrupted". */
export type Runner = { pid: number; startedAt: number; /** Team mode: the worker's host name, since pids repeat across machines. */ host?: string };

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
  /** Team mode: the user the deployment belongs to (absent for the CLI and the embedded app). */
  ownerId?: string;
};

/** A value now (SQLite, memory) or later (PostgreSQL): the engine awaits either. */
export type Awaitable<T> = T | Promise<T>;

/**
 * What `walk` needs from a journal. The SQLite journal and the in-memory log answer at once;
 * the PostgreSQL store answers with a promise. `walk` awaits every `append`, so an entry is
 * stored before the step's AWS calls start (begin) and before a dependent starts (end).
 */
export type EntryLog = {
  append(entry: NewJournalEntry): Awaitable<JournalEntry>;
  entries(deploymentId: string): Awaitable<JournalEntry[]>;
};

/** The embedded stores' entry log: every call answers synchronously. */
export type SyncEntryLog = {
  append(entry: NewJournalEntry): JournalEntry;
  entries(deploymentId: string): JournalEntry[];
};

/**
 * The deployment journal as the engine's runs need it (deploy, cleanup), whichever store
 * holds it: the embedded `Journal` and the PostgreSQL store both fit.
 */
export type JournalPort = EntryLog & {
  getDeployment(id: string): Awaitable<DeploymentRow | undefined>;
  setRunner(id: string, runner: Runner | null): Awaitable<void>;
  setAccount(id: string, accountId: string): Awaitable<void>;
  recordedResources(deploymentId: string): Awaitable<RecordedResource[]>;
};

/** The embedded SQLite journal: synchronous, one process writes at a time. */
export type Journal = SyncEntryLog & {
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
