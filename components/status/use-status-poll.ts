"use client";
import { useCallback, useEffect, useState } from "react";
import { statusAction } from "../../app/actions/status";
import type { StatusDashboard } from "../../lib/live/dashboard";
import { diagramEntities } from "../../lib/live/diagram-entities";
import { useDeploymentStore, type EntityStatus } from "../deploy/deployment-store";

/** While cleanup runs or the deploy walks, look every second; otherwise as the server advises. */
const BUSY_MS = 1_000;

/**
 * Polls the status dashboard with the server's adaptive interval (fast while something
 * changes, slow when stable) and writes per-entity status into the deployment store the
 * diagram reads. While the deploy itself runs, the deploy panel owns the store.
 */
export function useStatusPoll(deploymentId: string | null): { dashboard: StatusDashboard | null; error: string | null; refresh(): void } {
  const [dashboard, setDashboard] = useState<StatusDashboard | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (!deploymentId) return;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      const result = await statusAction({ deploymentId }).catch((e: unknown) => ({ ok: false as const, error: { code: "network", message: (e as Error).message } }));
      if (cancelled) return;
      if (!result.ok) setError(result.error.message);
      else {
        setError(null);
        setDashboard(result.data);
        if (result.data.deployStatus !== "running") writeStore(deploymentId, result.data);
      }
      const isBusy = result.ok && (result.data.cleanup.isRunning || result.data.deployStatus === "running");
      timer = setTimeout(poll, isBusy || !result.ok ? BUSY_MS * (result.ok ? 1 : 5) : (result.data.reading?.nextPollMs ?? 30_000));
    };
    void poll();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [deploymentId, tick]);
  const refresh = useCallback(() => setTick((n) => n + 1), []);
  return { dashboard: deploymentId ? dashboard : null, error, refresh };
}

function writeStore(deploymentId: string, dashboard: StatusDashboard): void {
  useDeploymentStore.getState().setDeployment(deploymentId, diagramEntities(dashboard) as Record<string, EntityStatus>);
}
