import "server-only";
import type { AccountSummary } from "../../lib/class";
import { isTeamMode } from "../store/config";
import { classById, type ClassRow, type Member } from "../class/class-store";
import { teamPool } from "./instance";
import { viewerOf } from "./session";

/**
 * What a page needs to know about its visitor. Embedded mode: `{ mode: "embedded" }` and the
 * page renders as it always has. Team mode: signed out, or the member with their class.
 */
export type PageViewer = { mode: "embedded" } | { mode: "signed-out" } | { mode: "member"; member: Member; classRow: ClassRow; account: AccountSummary };

export async function pageViewer(headers: Headers): Promise<PageViewer> {
  if (!isTeamMode()) return { mode: "embedded" };
  const member = await viewerOf(headers);
  const classRow = member ? await classById(await teamPool(), member.classId) : undefined;
  if (!member || !classRow) return { mode: "signed-out" };
  return { mode: "member", member, classRow, account: { name: member.name, email: member.email, role: member.role, className: classRow.name } };
}
