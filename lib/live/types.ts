/** The deployment status view model: what the status panel lists and the diagram shows. */

/** Same values as the diagram's entity phases (components/deploy/deployment-store.ts). */
export type StatusPhase = "pending" | "creating" | "ready" | "failed" | "skipped" | "deleting" | "deleted" | "drifted" | "blocked";

export type StatusField = { label: string; value: string; isCopyable?: boolean };

/** One AWS resource of the deployment. */
export type ResourceRow = {
  logicalId: string;
  kind: string;
  awsId: string;
  /** AWS's own state word ("running", "available", "active", "missing"). */
  state: string;
  phase: StatusPhase;
  /** One short line for the node. */
  detail?: string;
  fields: StatusField[];
  /** What differs from what was deployed; empty when nothing does. */
  drift: string[];
  /** Only on a real account. */
  consoleUrl?: string;
};

export type EntityView = { phase: StatusPhase; awsId?: string; detail?: string };

export type StatusView = {
  deploymentId: string;
  at: number;
  rows: ResourceRow[];
  /** By design entity id, for the diagram. */
  entities: Record<string, EntityView>;
  /** Nothing is in a transitional state. */
  isSettled: boolean;
  /** Changes whenever anything shown changes; drives the adaptive poll interval. */
  fingerprint: string;
};
