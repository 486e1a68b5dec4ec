/** The deployment status view model: what the status panel lists and the diagram shows. */

import type { EntityPhase, EntityStatus } from "../deploy/entity-status";
import type { LiveText } from "./text";

/** The same phases every view shows (lib/deploy/entity-status.ts). */
export type StatusPhase = EntityPhase;

/**
 * One labelled fact of a row. `value` is the raw value (what Copy copies, what code reads);
 * `text`, when set, is how to word it instead of showing the value as it is.
 */
export type StatusField = { label: LiveText; value: string; text?: LiveText; isCopyable?: boolean };

/** One AWS resource of the deployment. */
export type ResourceRow = {
  logicalId: string;
  kind: string;
  awsId: string;
  /** AWS's own state word ("running", "available", "active", "missing"). */
  state: string;
  phase: StatusPhase;
  /** What the diagram node shows, one line per fact (an IP, a DNS name, health, drift). */
  facts: LiveText[];
  fields: StatusField[];
  /** What differs from what was deployed; empty when nothing does. */
  drift: LiveText[];
  /** Only on a real account. */
  consoleUrl?: string;
};

export type EntityView = EntityStatus;

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

/** One status refresh as the server returns it. */
export type StatusReading = {
  view: StatusView;
  /** When to look again: fast while something changes, slower while all is stable. */
  nextPollMs: number;
  /** AWS calls this refresh made (one per resource type, never one per resource). */
  calls: number;
  cost: { usd: number; usdPerHour: number; since: number };
};
