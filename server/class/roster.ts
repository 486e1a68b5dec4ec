import "server-only";
import type pg from "pg";
import { runningCost } from "../../lib/class/running-cost";
import type { Roster, RosterDeployment, RosterStudent } from "../../lib/class/types";
import type { DeploymentOverview } from "../work/types";
import { deploymentIdsOf, sandboxAccountOf, studentsOf } from "./class-store";
import { studentCredentialsOf } from "./credentials-store";

/**
 * Builds the roster of a class from the store (who owns what) and the recorded deployments
 * (what each did, from the work runner: the team store in team mode): a deployment's running cost is the plan's cost estimate for the entities
 * it created and its cleanup has not deleted yet.
 */
export async function buildRoster(db: pg.Pool, deployments: DeploymentOverview[], classId: string): Promise<Roster> {
  const [students, owned] = [await studentsOf(db, classId), await deploymentIdsOf(db, { classId })];
  const ownerOf = new Map(owned.map((o) => [o.deploymentId, o.userId]));
  const byStudent = new Map<string, RosterDeployment[]>();
  for (const { summary, row, cleanup } of deployments) {
    const owner = ownerOf.get(summary.id);
    if (!owner) continue;
    const deleted = cleanup.entities;
    const existing = new Set(summary.resources.map((r) => r.logicalId).filter((id) => deleted[id]?.phase !== "deleted"));
    const cost = summary.lifecycle === "cleaned-up" ? runningCost(row.design, new Set()) : runningCost(row.design, existing);
    const entry: RosterDeployment = {
      id: summary.id,
      name: summary.name,
      createdAt: summary.createdAt,
      lifecycle: summary.lifecycle,
      perHour: cost.perHour,
      hasUnknownPrice: cost.hasUnknown,
      running: cost.lines.map((l) => ({ id: l.id, quantity: l.quantity, ...(l.instanceType ? { instanceType: l.instanceType } : {}) })),
    };
    byStudent.set(owner, [...(byStudent.get(owner) ?? []), entry]);
  }
  const rows = await Promise.all(
    students.map(async (s): Promise<RosterStudent> => {
      const deployments = byStudent.get(s.userId) ?? [];
      const account = await sandboxAccountOf(db, s.userId);
      const aws = await studentCredentialsOf(db, s.userId);
      const awsCredentials = aws ? ("profile" in aws ? ("profile" as const) : ("role" as const)) : undefined;
      return { userId: s.userId, name: s.name, email: s.email, ...(account ? { sandboxAccountId: account } : {}), ...(awsCredentials ? { awsCredentials } : {}), perHour: sum(deployments), deployments };
    }),
  );
  return { students: rows, perHour: rows.reduce((n, s) => n + s.perHour, 0) };
}

const sum = (deployments: RosterDeployment[]) => deployments.reduce((n, d) => n + d.perHour, 0);
