import "server-only";
import { sharedTeam } from "../jobs/team-instance";
import { embeddedRunner } from "./embedded-runner";
import { teamRunner } from "./team-runner";
import type { WorkRunner } from "./types";

export type { DeploymentOverview, WorkRunner } from "./types";

/**
 * The app's work runner: the one place that decides between the embedded mode (no
 * VPCD_DATABASE_URL: this process, the SQLite journal, as always) and team mode (the
 * PostgreSQL queue and store, through this process's `sharedTeam()`). Server actions and
 * route handlers call it and never ask which mode they are in.
 */
export async function workRunner(): Promise<WorkRunner> {
  const team = sharedTeam();
  return team ? teamRunner(await team) : embeddedRunner;
}
