import type { DeploymentLifecycle } from "../deploy/entity-status";
import type { CostItem } from "../plan/cost";

/** One deployment as the instructor's roster shows it: what it is doing and what it still costs. */
export type RosterDeployment = {
  id: string;
  name: string;
  createdAt: number;
  lifecycle: DeploymentLifecycle;
  /** USD per hour for what still exists (lib/class/running-cost.ts). */
  perHour: number;
  hasUnknownPrice: boolean;
  /** The billable things still running, by the cost estimate's item ids (the UI names them in the reader's language). */
  running: Array<{ id: CostItem; instanceType?: string; quantity: number }>;
};

/** `awsCredentials`: how their real-AWS deploys sign, by kind only (the profile or role name stays on the server). */
export type RosterStudent = { userId: string; name: string; email: string; sandboxAccountId?: string; awsCredentials?: "profile" | "role"; perHour: number; deployments: RosterDeployment[] };

/** The class as its instructor sees it: every student, their deployments, and the hourly total. */
export type Roster = { students: RosterStudent[]; perHour: number };

/** A reminder from the instructor, as its student sees it. */
export type Reminder = { id: number; fromName: string; deploymentId?: string; message: string; sentAt: number };

export type ClassRole = "instructor" | "student";

/** Who is signed in, as the browser may know it (no ids of other people, no credentials). */
export type AccountSummary = { name: string; email: string; role: ClassRole; className: string };
