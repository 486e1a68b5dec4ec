"use client";
import { create } from "zustand";
import type { DeploymentStatusView } from "../../lib/deploy/status-view";
import type { EntityPhase, EntityStatus } from "../../lib/deploy/entity-status";

export type { EntityPhase, EntityStatus };

/**
 * The deployment as the app shows it: the latest one-poll view from the server (deploy
 * progress, live status, cleanup, merged into one lifecycle and one status per entity).
 * Only the poll (use-deployment-poll.ts) writes it; the Deploy tab, the Status tab and the
 * diagram's nodes read it, so they cannot disagree.
 */
type DeploymentState = {
  deploymentId: string | null;
  view: DeploymentStatusView | null;
  /** The last poll failed (the view kept is the one before). */
  pollError: string | null;
  statusByEntity: Record<string, EntityStatus>;
  setView(deploymentId: string, view: DeploymentStatusView): void;
  setPollError(deploymentId: string, message: string | null): void;
  clear(): void;
};

export const useDeploymentStore = create<DeploymentState>((set, get) => ({
  deploymentId: null,
  view: null,
  pollError: null,
  statusByEntity: {},
  setView: (deploymentId, view) => set({ deploymentId, view, pollError: null, statusByEntity: view.entities }),
  setPollError: (deploymentId, message) => {
    if (get().deploymentId === null || get().deploymentId === deploymentId) set({ pollError: message });
  },
  clear: () => set({ deploymentId: null, view: null, pollError: null, statusByEntity: {} }),
}));

/** A node's deployment status, or undefined when nothing is deployed. */
export const useEntityStatus = (entityId: string) => useDeploymentStore((s) => s.statusByEntity[entityId]);
