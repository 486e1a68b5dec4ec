"use client";
import { useEffect, useMemo } from "react";
import { checkLab, type LabProgress, type LabStepId } from "../../lib/lab";
import { useDeploymentStore } from "../deploy/deployment-store";
import { useDocumentStore } from "../canvas/store";
import { useLabStore } from "./lab-store";

/**
 * The lab's progress on the current canvas and deployment, re-checked after every edit and
 * every status poll. A deploy that was once complete is recorded, so cleaning up later does
 * not send the learner back to the deploy step.
 */
export function useLabProgress(): LabProgress {
  const design = useDocumentStore((s) => s.design);
  const deploymentId = useDeploymentStore((s) => s.deploymentId);
  const statusByEntity = useDeploymentStore((s) => s.statusByEntity);
  const confirmedList = useLabStore((s) => s.confirmed);
  const progress = useMemo(() => {
    const phases = Object.fromEntries(Object.entries(statusByEntity).map(([id, s]) => [id, s.phase]));
    return checkLab({ design, deployment: { deploymentId, phases }, confirmed: new Set<LabStepId>(confirmedList) });
  }, [design, deploymentId, statusByEntity, confirmedList]);
  const deployDone = progress.steps.find((s) => s.id === "deploy")?.isDone && !confirmedList.includes("deploy") && Boolean(deploymentId);
  useEffect(() => {
    if (deployDone) useLabStore.getState().confirm("deploy");
  }, [deployDone]);
  return progress;
}
