"use client";
import { create } from "zustand";

/**
 * Deployment state as the diagram shows it. Server-owned truth (the journal, AWS) is polled
 * by the deploy and status panels, which write the latest view here; canvas nodes only read.
 */
export type EntityPhase = "pending" | "creating" | "ready" | "failed" | "skipped" | "deleting" | "deleted" | "drifted" | "blocked";

export type EntityStatus = {
  phase: EntityPhase;
  /** The AWS id once known (vpc-…, subnet-…, an ARN for ELBv2). */
  awsId?: string;
  /** One short line for the node: an IP, a DNS name, an error code, what blocks a delete. */
  detail?: string;
};

type DeploymentView = {
  deploymentId: string | null;
  statusByEntity: Record<string, EntityStatus>;
  setDeployment(deploymentId: string | null, statusByEntity: Record<string, EntityStatus>): void;
  clear(): void;
};

export const useDeploymentStore = create<DeploymentView>((set) => ({
  deploymentId: null,
  statusByEntity: {},
  setDeployment: (deploymentId, statusByEntity) => set({ deploymentId, statusByEntity }),
  clear: () => set({ deploymentId: null, statusByEntity: {} }),
}));

/** A node's deployment status, or undefined when nothing is deployed. */
export const useEntityStatus = (entityId: string) => useDeploymentStore((s) => s.statusByEntity[entityId]);
