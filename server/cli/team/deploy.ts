/**
 * Team mode's `vpcd deploy` (sandbox targets): records the deployment in the team database and enqueues it;
 * any worker runs it. Unless `--detach`, follows its progress from the journal (as every app
 * instance does) until it ends. Exit codes as the embedded deploy: 0 complete (or queued,
 * detached), 1 failed or stopped, 2 bad input.
 */
import "server-only";
import { parseArgs } from "node:util";
import type { DeploymentTarget } from "../../../lib/deploy/types";
import { enqueueDeployment, enqueueResume, followDeployment, openTeam, teamDeploymentView } from "../../jobs/team";
import { loadDesignFile } from "../commands/plan";

const USAGE = "usage: vpcd deploy <file> [--target sandbox|aws] [--endpoint URL] [--owner ID] [--concurrency N] [--detach] [--json]\n       vpcd deploy --resume <id> [--detach] [--json]   (team mode: VPCD_DATABASE_URL is set)";

export async function runTeamDeploy(url: string, args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args, allowPositionals: true,
      options: {
        target: { type: "string", default: "sandbox" }, endpoint: { type: "string" }, owner: { type: "string" }, resume: { type: "string" }, concurrency: { type: "string" },
        detach: { type: "boolean", default: false }, json: { type: "boolean", default: false }, yes: { type: "boolean", short: "y", default: false },
        region: { type: "string" }, "time-scale": { type: "string" },
      },
    });
  } catch (error) {
    return (console.error(`vpcd deploy: ${(error as Error).message}\n${USAGE}`), 2);
  }
  const { values, positionals } = parsed;
  const fail = (message: string) => (console.error(`vpcd deploy: ${message}\n${USAGE}`), 2);
  if (values.target !== "sandbox" && values.target !== "aws") return fail(`--target must be sandbox or aws (got "${values.target}")`);
  if (!values.resume && positionals.length !== 1) return fail("give one design file (or --resume <id>)");
  const concurrency = values.concurrency === undefined ? undefined : Number(values.concurrency);
  if (concurrency !== undefined && (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64)) return fail(`--concurrency must be a whole number from 1 to 64 (got ${values.concurrency})`);
  if (values.owner !== undefined && !/^[A-Za-z0-9._@-]{1,128}$/.test(values.owner)) return fail(`--owner must be a user id of letters, digits and . _ @ - (got "${values.owner}")`);
  const endpoint = values.endpoint ?? (values.target === "sandbox" ? process.env.VPCD_SANDBOX_ENDPOINT : undefined);
  if (endpoint && !/^https?:\/\/[^\s/]+/.test(endpoint)) return fail(`--endpoint must be a URL like http://127.0.0.1:4566 (got "${endpoint}")`);
  if (values.target === "sandbox" && !endpoint && !values.resume) return fail("in team mode a worker runs the deploy, so give the sandbox it should reach: --endpoint URL (or VPCD_SANDBOX_ENDPOINT); start one with `vpcd sandbox`");
  // A real-account deploy needs the server's confirmation token (server/confirm), bound to the
  // account the workers' credentials reach; team mode does not issue one yet.
  if (values.target === "aws") return fail("team mode deploys to the sandbox only for now: a real-account deploy needs the confirmation step (account, region, cost), which team mode does not run yet; unset VPCD_DATABASE_URL to deploy from this machine");

  const team = await openTeam(url, { applicationName: "vpcd-cli" });
  try {
    let id: string;
    if (values.resume) {
      const row = await team.store.journal.getDeployment(values.resume);
      if (!row) return (console.error(`vpcd deploy: no deployment "${values.resume}" (see vpcd deployments)`), 2);
      await enqueueResume(team, row.id);
      id = row.id;
    } else {
      const loaded = await loadDesignFile(positionals[0]!);
      if (!loaded.ok) return (console.error(`vpcd deploy: ${loaded.message}`), 2);
      const target: DeploymentTarget = endpoint ? { kind: values.target, region: loaded.design.region, endpoint } : { kind: "aws", region: loaded.design.region };
      try {
        id = (await enqueueDeployment(team, loaded.design, target, { ownerId: values.owner, concurrency })).id;
      } catch (error) {
        return (console.error(`vpcd deploy: ${(error as Error).message}`), 1);
      }
    }
    if (values.detach) {
      if (values.json) process.stdout.write(`${JSON.stringify({ deploymentId: id, status: "queued" })}\n`);
      else console.log(`Deployment ${id} queued; a worker runs it. Follow it with: vpcd deploy --resume ${id}, or vpcd deployments`);
      return 0;
    }
    const started = Date.now();
    if (!values.json) console.log(`Deployment ${id} queued; following its progress…`);
    const view = await followDeployment(team, id, (line, v) => values.json || console.log(`[${v.progress.done}/${v.progress.total}] ${line}`));
    const final = (await teamDeploymentView(team, id)) ?? view;
    if (values.json) process.stdout.write(`${JSON.stringify({ deploymentId: id, status: final.status, resources: final.resources, elapsedMs: Date.now() - started })}\n`);
    else if (final.status === "complete") console.log(`\nDeployment ${id} complete in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    else console.error(`\nDeployment ${id} is ${final.status}. Resume with: vpcd deploy --resume ${id}`);
    return final.status === "complete" ? 0 : 1;
  } finally {
    await team.close();
  }
}
