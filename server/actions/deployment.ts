import "server-only";
import type { TargetKind } from "../../lib/actions/inputs";
import type { Design } from "../../lib/design/schema";
import { deployTarget, guardDeployment, recordDeploymentOwner, visibleDeployments } from "../class/guard";
import type { DeploymentSummary } from "../live/deployment-status";
import { workRunner } from "../work";

/** A row of the deployments list as the browser gets it (the resources stay on the server). */
export type ListedDeployment = Omit<DeploymentSummary, "resources">;

/**
 * The one server function behind each deployment action and the deployments route handlers,
 * guarded by the class's rule (server/class/guard.ts: every answer is "go ahead" in the
 * embedded mode) and run through the app's work runner.
 */
export const deploymentActions = {
  async start(headers: Headers, design: Design, kind: TargetKind, token: string | undefined): Promise<{ deploymentId: string }> {
    const { target, owner } = await deployTarget(headers, kind, design.region);
    const started = await (await workRunner()).startDeployment(design, target, token, owner?.userId);
    await recordDeploymentOwner(owner, started.deploymentId);
    return started;
  },
  async resume(headers: Headers, id: string): Promise<{ deploymentId: string }> {
    await guardDeployment(headers, id);
    return (await workRunner()).resumeDeployment(id);
  },
  async stop(headers: Headers, id: string): Promise<{ stopped: boolean }> {
    await guardDeployment(headers, id);
    return { stopped: await (await workRunner()).stopDeployment(id) };
  },
  /** Recorded deployments the viewer may see, newest first, with their lifecycle. */
  async list(headers: Headers): Promise<ListedDeployment[]> {
    const visible = await visibleDeployments(headers);
    return (await (await workRunner()).overview(visible)).map(({ summary: { resources: _resources, ...summary } }) => summary);
  },
  async status(headers: Headers, id: string) {
    await guardDeployment(headers, id);
    return (await workRunner()).status(id);
  },
};
