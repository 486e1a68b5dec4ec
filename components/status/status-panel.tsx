"use client";
import type { Design } from "../../lib/design/schema";

export type StatusPanelProps = { design: Design; hasErrors: boolean; onSelectEntity(entityId: string): void };

/** Live status of the current deployment and guided cleanup. (Filled in by the status work.) */
export function StatusPanel(_props: StatusPanelProps) {
  return <div data-testid="status-panel" />;
}
