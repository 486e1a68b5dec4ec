/**
 * Deployment records shared by the engine (which writes them), the journal (which stores them)
 * and the UI (which shows them). Plain data only: no AWS SDK types leak past server/aws.
 */
import type { ImportNote } from "../interop/notes";
import type { StepId } from "../plan/types";

/**
 * Where a deployment goes: the local sandbox or a real account, by region (and endpoint).
 * `accountId` is recorded (from STS) when a real-account deployment first runs, so cleanup,
 * timers and status can refuse credentials of another account.
 */
export type DeploymentTarget = { kind: "sandbox" | "aws"; region: string; endpoint?: string; accountId?: string; credentials?: TargetCredentials };

/**
 * How a real-account target authenticates when not with the server's default credential chain:
 * a student's profile or role, configured by the instructor on the server (team mode). Only
 * names, never keys; still never sent to a browser (`withoutCredentials`, lib/deploy/view.ts).
 */
export type TargetCredentials = { profile: string } | { roleArn: string };

/**
 * A deployment adopted from AWS rather than deployed: its desired state is the design an
 * import read from `vpcId`, its recorded resources the AWS ids it was read from. The app did
 * not create them and never deletes them (cleanup, the lab timer and the sweep refuse), and
 * live status finds them by id, not by tag. `notes`: what the design could not express, so
 * is not compared.
 */
export type AdoptedFrom = { vpcId: string; at: number; notes: ImportNote[] };

/** What a step produced: AWS ids and attributes by name (`VpcId`, `AllocationId`, `LoadBalancerArn`). */
export type StepOutputs = Record<string, string>;

/** A failure as AWS reported it, plus whether trying again could help. */
export type StepErrorInfo = { code: string; message: string; retryable: boolean };

export type EntryType = "begin" | "end";
export type EntryOutcome = "ok" | "failed" | "skipped";

/**
 * One append-only journal line. `begin` is written before a step's first AWS call and `end`
 * after its last; a `begin` with no `end` means the outcome is unknown (the process died).
 */
export type JournalEntry = {
  seq: number;
  deploymentId: string;
  stepId: StepId;
  type: EntryType;
  outcome?: EntryOutcome;
  outputs?: StepOutputs;
  error?: StepErrorInfo;
  /** Why a step was skipped, e.g. "upstream-failed". */
  reason?: string;
  /** Milliseconds since the epoch. */
  at: number;
};

/** An entry before the journal numbers it. */
export type NewJournalEntry = Omit<JournalEntry, "seq">;
