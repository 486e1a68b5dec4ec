import "server-only";
import type { LabTimer } from "../../lib/cleanup/lab-timer";
import type { CleanupView } from "../../lib/cleanup/view";
import type { SweepScan } from "../../lib/cleanup/sweep-groups";
import type { Confirmation } from "../../lib/confirm";
import type { DeploymentStatusView } from "../../lib/deploy/status-view";
import type { DeploymentTarget } from "../../lib/deploy/types";
import type { Design } from "../../lib/design/schema";
import type { ConsoleOutput } from "../../lib/live/console-output";
import type { StatusReading } from "../../lib/live/types";
import type { AdoptResult } from "../interop/adopt-vpc";
import type { SweepScope } from "../cleanup/sweep-across";
import type { DeploymentRow } from "../journal";
import type { DeploymentSummary } from "../live/deployment-status";

/** One recorded deployment as the lists and the instructor's roster read it. */
export type DeploymentOverview = { row: DeploymentRow; summary: DeploymentSummary; cleanup: CleanupView };

/**
 * Where the app's work runs and where its reads come from — the one place the two modes
 * differ. Embedded: walks, cleanups and sweeps run in this process on the SQLite journal,
 * exactly as before. Team mode: every start is a job on the PostgreSQL queue (any app instance
 * or `vpcd worker` runs it) and every read comes from the team store, so every instance shows
 * the same progress. Server actions and route handlers call only this.
 */
export type WorkRunner = {
  readonly mode: "embedded" | "team";
  /** The recorded deployment; an unknown id is `NotFound`. */
  row(deploymentId: string): Promise<DeploymentRow>;
  /** Checks the confirmation (a real account needs the preflight's token), records the deployment and starts (or enqueues) it. */
  startDeployment(design: Design, target: DeploymentTarget, token: string | undefined, ownerId?: string): Promise<{ deploymentId: string }>;
  resumeDeployment(deploymentId: string): Promise<{ deploymentId: string }>;
  /** Stops the deploy between AWS calls; false when nothing was running. */
  stopDeployment(deploymentId: string): Promise<boolean>;
  /** The recorded deployments, newest first: all of them, or those in `only` (what the viewer may see). */
  overview(only?: ReadonlySet<string>): Promise<DeploymentOverview[]>;
  /** The one poll of a deployment (deploy progress, live status, cleanup, timer). */
  status(deploymentId: string): Promise<DeploymentStatusView>;
  /** A fresh live reading (the load-balancer test reads its DNS name from it). */
  reading(deploymentId: string): Promise<StatusReading>;
  consoleOutput(deploymentId: string, logicalId: string): Promise<ConsoleOutput>;
  confirmCleanup(deploymentId: string): Promise<Confirmation>;
  startCleanup(deploymentId: string, stepId: string | undefined, token: string | undefined): Promise<{ isStarted: boolean }>;
  stopCleanup(deploymentId: string): Promise<{ isStopped: boolean }>;
  setTimer(deploymentId: string, hours: number | null): Promise<LabTimer | null>;
  /** The sweep over the accounts the viewer's sweep covers (server/class/read-scope.ts). */
  scanOrphans(scopes: SweepScope[]): Promise<SweepScan>;
  confirmSweep(scopes: SweepScope[], deploymentId: string): Promise<Confirmation>;
  sweep(scopes: SweepScope[], deploymentId: string, token: string | undefined): Promise<{ isStarted: boolean }>;
  /** Records one VPC as an adopted deployment (nothing is written to AWS). */
  adopt(target: DeploymentTarget, vpcId: string): Promise<AdoptResult>;
};
