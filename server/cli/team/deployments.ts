/**
 * Team mode's `vpcd deployments [--owner ID] [--json]`: the class's deployments from the team
 * database, newest first, with who owns each and whether a worker runs it now.
 */
import "server-only";
import { parseArgs } from "node:util";
import { openTeam, teamDeploymentView } from "../../jobs/team";

export async function runTeamDeployments(url: string, args: string[]): Promise<number> {
  let values;
  try {
    values = parseArgs({ args, options: { json: { type: "boolean", default: false }, owner: { type: "string" } } }).values;
  } catch (error) {
    return (console.error(`vpcd deployments: ${(error as Error).message}\nusage: vpcd deployments [--owner ID] [--json]`), 2);
  }
  const team = await openTeam(url, { applicationName: "vpcd-cli" });
  try {
    const rows = await team.store.journal.listDeployments(values.owner ? { ownerId: values.owner } : {});
    const views = await Promise.all(rows.map(async (row) => ({ row, view: (await teamDeploymentView(team, row.id))! })));
    if (values.json) {
      const out = views.map(({ row, view }) => ({ deploymentId: row.id, name: row.name, owner: row.ownerId ?? null, target: row.target, status: view.status, createdAt: new Date(row.createdAt).toISOString(), progress: view.progress }));
      process.stdout.write(`${JSON.stringify({ deployments: out })}\n`);
      return 0;
    }
    if (views.length === 0) return (console.log("No deployments in the team database yet. Deploy one with: vpcd deploy <file> --endpoint URL"), 0);
    for (const { row, view } of views) {
      const where = row.target.kind === "aws" ? `AWS ${row.target.region}` : `sandbox ${row.target.endpoint ?? ""}`;
      console.log(`${row.id}  ${view.status.padEnd(11)} ${String(view.progress.done).padStart(2)}/${view.progress.total}  ${new Date(row.createdAt).toISOString()}  ${(row.ownerId ?? "-").padEnd(12)} ${row.name}  (${where})`);
    }
    return 0;
  } finally {
    await team.close();
  }
}
