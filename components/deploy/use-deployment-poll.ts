"use client";
import { useCallback, useEffect } from "react";
import { deploymentStatusAction } from "../../app/actions/live-status";
import type { DeploymentStatusView } from "../../lib/deploy/status-view";
import { nextPollDelay } from "../../lib/live/poll-interval";
import { useDeploymentStore } from "./deployment-store";

type Poller = { deploymentId: string; users: number; timer?: ReturnType<typeof setTimeout>; isInFlight: boolean; isAgain: boolean; isStopped: boolean };

/** The one poll loop of this page: the Deploy and Status tabs share it, whichever are open. */
let poller: Poller | null = null;

async function tick(p: Poller): Promise<void> {
  if (p.isInFlight) return void (p.isAgain = true);
  clearTimeout(p.timer);
  p.isInFlight = true;
  const result = await deploymentStatusAction({ deploymentId: p.deploymentId }).catch((e: unknown) => ({ ok: false as const, error: { message: (e as Error).message } }));
  p.isInFlight = false;
  if (p.isStopped) return;
  const store = useDeploymentStore.getState();
  if (result.ok) store.setView(p.deploymentId, result.data);
  else store.setPollError(p.deploymentId, result.error.message);
  const last = store.view?.deploymentId === p.deploymentId ? store.view : undefined;
  const delay = p.isAgain ? 0 : nextPollDelay(last && { lifecycle: last.lifecycle, nextPollMs: last.reading?.nextPollMs }, !result.ok);
  p.isAgain = false;
  p.timer = setTimeout(() => void tick(p), delay);
}

function subscribe(deploymentId: string): () => void {
  if (poller && poller.deploymentId !== deploymentId) stop(poller);
  if (!poller) {
    poller = { deploymentId, users: 0, isInFlight: false, isAgain: false, isStopped: false };
    void tick(poller);
  }
  const mine = poller;
  mine.users += 1;
  return () => {
    mine.users -= 1;
    if (mine.users === 0) stop(mine);
  };
}

function stop(p: Poller): void {
  p.isStopped = true;
  clearTimeout(p.timer);
  if (poller === p) poller = null;
}

/** Stops polling and forgets the shown deployment ("New deployment"), so no late answer repaints the diagram. */
export function forgetDeployment(): void {
  if (poller) stop(poller);
  useDeploymentStore.getState().clear();
}

/**
 * Keeps the deployment's one view current while a panel showing it is mounted: one poll
 * loop per page whatever the number of panels, at the cadence lib/live/poll-interval.ts
 * picks (700 ms while deploying, 1 s while cleaning up, the server's adaptive interval
 * otherwise). Returns the view (null until the first answer for this id), the last poll's
 * error, and `refresh()` to poll again now (after an action).
 */
export function useDeploymentPoll(deploymentId: string | null): { view: DeploymentStatusView | null; pollError: string | null; refresh(): void } {
  useEffect(() => (deploymentId ? subscribe(deploymentId) : undefined), [deploymentId]);
  const view = useDeploymentStore((s) => (deploymentId && s.view?.deploymentId === deploymentId ? s.view : null));
  const pollError = useDeploymentStore((s) => (deploymentId ? s.pollError : null));
  const refresh = useCallback(() => {
    if (poller && poller.deploymentId === deploymentId) void tick(poller);
  }, [deploymentId]);
  return { view, pollError, refresh };
}
