"use client";
import type { Design } from "../../lib/design/schema";

export type DeployPanelProps = { design: Design; hasErrors: boolean; onSelectEntity(entityId: string): void };

/** Plan, confirm and deploy the current design; live progress. (Filled in by the deploy work.) */
export function DeployPanel(_props: DeployPanelProps) {
  return <div data-testid="deploy-panel" />;
}
