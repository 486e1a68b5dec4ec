import "server-only";
import type { JournalEntry, NewJournalEntry } from "../../lib/deploy/types";
import type { Design } from "../../lib/design/schema";
import type { LabTimer } from "../../lib/cleanup/lab-timer";
import type { RecordedResource } from "../../lib/plan/recorded";
import type { DeploymentRow, Runner } from "../journal/types";

/**
 * The journal behind a promise, whichever database holds it. Same contract as the embedded
 * `Journal` (server/journal/types.ts), plus the owner filter team mode lists by.
 */
export type AsyncJournal = {
  append(entry: NewJournalEntry): Promise<JournalEntry>;
  entries(deploymentId: string): Promise<JournalEntry[]>;
  createDeployment(row: DeploymentRow): Promise<void>;
  getDeployment(id: string): Promise<DeploymentRow | undefined>;
  /** Newest first; `ownerId` keeps one user's deployments. */
  listDeployments(filter?: { ownerId?: string }): Promise<DeploymentRow[]>;
  setRunner(id: string, runner: Runner | null): Promise<void>;
  setAccount(id: string, accountId: string): Promise<void>;
  recordedResources(deploymentId: string): Promise<RecordedResource[]>;
};

/** Lab timers behind a promise (server/cleanup/lab-timer.ts has the embedded, synchronous ones). */
export type TimerStore = {
  set(deploymentId: string, dueAt: number, now?: number): Promise<LabTimer>;
  clear(deploymentId: string): Promise<void>;
  failed(deploymentId: string, retryAt: number, error: string): Promise<void>;
  postpone(deploymentId: string, dueAt: number): Promise<void>;
  get(deploymentId: string): Promise<LabTimer | undefined>;
  /** Timers whose time has come, oldest first. */
  due(now?: number): Promise<LabTimer[]>;
};

/** One saved version of a design. Versions count from 1; every save adds one. */
export type SavedDesign = { id: string; version: number; ownerId?: string; name: string; design: Design; savedAt: number };

export type DesignSave = {
  id: string;
  ownerId?: string;
  design: Design;
  /** The version the editor started from: a save on top of a newer one is refused (two tabs). */
  baseVersion?: number;
  now?: number;
};

/** Designs saved on the server (team mode), versioned, per user. */
export type DesignStore = {
  save(input: DesignSave): Promise<SavedDesign>;
  /** The newest version, or the one asked for. */
  get(id: string, version?: number): Promise<SavedDesign | undefined>;
  /** Every version of a design, newest first, without the documents. */
  history(id: string): Promise<Array<Omit<SavedDesign, "design">>>;
  /** The newest version of each design (of `ownerId`, when given), most recently saved first. */
  list(filter?: { ownerId?: string }): Promise<SavedDesign[]>;
};

/** Everything the app keeps: the embedded SQLite files or one PostgreSQL database. */
export type Store = {
  readonly kind: "sqlite" | "postgres";
  readonly journal: AsyncJournal;
  readonly timers: TimerStore;
  readonly designs: DesignStore;
  close(): Promise<void>;
};

/** Why a write was refused: it would overwrite a newer version, or another user's design. */
export class StoreConflict extends Error {
  constructor(
    readonly code: "StaleVersion" | "NotOwner",
    message: string,
  ) {
    super(message);
    this.name = "StoreConflict";
  }
}
