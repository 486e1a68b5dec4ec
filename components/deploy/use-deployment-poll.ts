"use client";
import { useEffect, useState } from "react";
import { deploymentViewAction } from "../../app/actions/deploy";
import type { DeploymentView } from "../../lib/deploy/view";
import { useDeploymentStore, type EntityStatus } from "./deployment-store";

/** How often a running deployment is polled: more than once a second, as the live view needs. */
export const POLL_MS = 700;

/**
 * Polls the deployment's view while it runs (and once after, to get the final state), and
 * writes each entity's phase into the deployment store the canvas nodes read.
 */
export function useDeploymentPoll(deploymentId: string | null): { view: DeploymentView | null; lostContact: boolean; refresh(): void } {
  const [view, setView] = useState<DeploymentView | null>(null);
  const [lostContact, setLostContact] = useState(false);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (!deploymentId) return;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      const result = await deploymentViewAction({ deploymentId }).catch(() => null);
      if (cancelled) return;
      setLostContact(!result?.ok);
      if (result?.ok) {
        setView(result.data);
        useDeploymentStore.getState().setDeployment(deploymentId, result.data.entities as Record<string, EntityStatus>);
      }
      if (!result?.ok || result.data.status === "running") timer = setTimeout(poll, POLL_MS);
    };
    void poll();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [deploymentId, tick]);
  return { view: deploymentId ? view : null, lostContact, refresh: () => setTick((n) => n + 1) };
}
