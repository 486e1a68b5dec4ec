import type { LabTimer } from "../cleanup/lab-timer";
import type { CleanupView } from "../cleanup/view";
import type { StatusReading } from "../live/types";
import { deploymentLifecycle, mergeEntities, mergeRows, type DeploymentLifecycle, type EntityStatus } from "./entity-status";
import type { DeploymentView } from "./view";

/**
 * Everything the app shows about one deployment, from one poll: the deploy walk's progress,
 * the live AWS reading, the cleanup checklist, the lab timer, and — merged from them by
 * lib/deploy/entity-status.ts — the deployment's lifecycle and each entity's status. The
 * Deploy tab, the Status tab and the diagram all read this one object.
 */
export type DeploymentStatusView = {
  deploymentId: string;
  name: string;
  target: { kind: "sandbox" | "aws"; region: string };
  lifecycle: DeploymentLifecycle;
  /** The deploy walk: steps, progress, log, the failure with advice. */
  deployment: DeploymentView;
  /** The live reading, its rows already merged with the cleanup's progress. */
  reading?: StatusReading;
  /** Why AWS could not be read this time (the panels keep the last reading). */
  readError?: string;
  cleanup: CleanupView;
  timer?: LabTimer;
  /** By design entity id: what each diagram node shows. */
  entities: Record<string, EntityStatus>;
};

export type StatusParts = { deployment: DeploymentView; cleanup: CleanupView; reading?: StatusReading; readError?: string; timer?: LabTimer };

/** Builds the one view from its parts; pure, so the server's poll and the tests build it the same way. */
export function deploymentStatusView(parts: StatusParts): DeploymentStatusView {
  const { deployment, cleanup, reading } = parts;
  const view = reading && { ...reading, view: mergeRows(reading.view, cleanup) };
  return {
    deploymentId: deployment.id,
    name: deployment.name,
    target: { kind: deployment.target.kind, region: deployment.target.region },
    lifecycle: deploymentLifecycle(deployment.status, cleanup),
    deployment,
    reading: view,
    readError: parts.readError,
    cleanup,
    timer: parts.timer,
    entities: mergeEntities({ deployStatus: deployment.status, deploy: deployment.entities, live: reading?.view.entities, cleanup }),
  };
}
