/**
 * `vpcd deploy <file> [--target sandbox|aws] [--endpoint URL] [--region R] [--json] [--yes]`
 * and `vpcd deploy --resume <id>`. Deploys in the foreground, printing each step as the
 * journal records it; `--target sandbox` without `--endpoint` starts a sandbox for the run.
 * A real-account deploy runs the preflight, shows account, region, cost and the checklist and
 * asks first (--yes answers for you, but the preflight must still pass); the confirmation token
 * the server issues for that design, account, region and cost is what lets the deployment be
 * recorded (server/confirm, the same check as the app's). Exit 0 only when the deployment is
 * complete; 1 when it failed or stopped (resume it), 2 for bad input.
 */
import "server-only";
import { parseArgs } from "node:util";
import { estimateCost } from "../../../lib/plan";
import type { DeploymentTarget } from "../../../lib/deploy/types";
import { deploymentView } from "../../../lib/deploy/view";
import { confirm, followJournal, formatPreflight } from "../format/deploy-progress";
import { DEFAULT_CONCURRENCY, runDeployment, sharedJournal, type RunResult } from "../../engine";
import { requiresConfirmation } from "../../../lib/confirm";
import { createConfirmedDeployment, preflightAndConfirm } from "../../confirm/deploy";
import type { Journal } from "../../journal";
import { storeConfig } from "../../store/config";
import { formatCost, loadDesignFile } from "./plan";
import { usageOf, type CommandHelp } from "../format/help";

export const help: CommandHelp = {
  usage: ["vpcd deploy <file> [--target sandbox|aws] [--endpoint URL] [--region R] [--json] [--yes] [--concurrency N]", "vpcd deploy --resume <id> [--endpoint URL] [--json]"],
  description: "Deploys a design in the foreground, printing each step as the journal records it. With --target sandbox and no --endpoint, a sandbox is started for this run only and stops when the deploy ends, with everything in it; start `vpcd sandbox` and pass --endpoint to keep the resources. A real-account deploy shows account, region, cost and the preflight checklist and asks first. Exit 0 when complete, 1 when it failed or stopped (resume it), 2 for bad input.",
  options: [
    ["--target sandbox|aws", "where to deploy (default sandbox)"],
    ["--endpoint URL", "the sandbox (or AWS-compatible endpoint) to deploy to"],
    ["--region R", "must match the design's region (a safety check)"],
    ["--resume <id>", "continue a deployment that failed or stopped"],
    ["--json", "print {deploymentId, status, resources, elapsedMs, apiCalls} at the end"],
    ["-y, --yes", "do not ask before a real-account deploy"],
    ["--concurrency N", `how many steps run at once, 1–64 (default ${DEFAULT_CONCURRENCY})`],
    ["--time-scale S", "the time scale of a sandbox started for this run (default 0.02)"],
  ],
};

const USAGE = usageOf(help);

type Options = { file?: string; resume?: string; target: "sandbox" | "aws"; endpoint?: string; region?: string; json: boolean; yes: boolean; concurrency: number; timeScale: number };

function parseOptions(args: string[]): Options | string {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      target: { type: "string", default: "sandbox" }, endpoint: { type: "string" }, region: { type: "string" }, resume: { type: "string" },
      json: { type: "boolean", default: false }, yes: { type: "boolean", short: "y", default: false },
      concurrency: { type: "string", default: String(DEFAULT_CONCURRENCY) }, "time-scale": { type: "string", default: "0.02" },
    },
  });
  if (values.target !== "sandbox" && values.target !== "aws") return `--target must be sandbox or aws (got "${values.target}")`;
  const concurrency = Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) return `--concurrency must be a whole number from 1 to 64 (got ${values.concurrency})`;
  if (values.endpoint && !/^https?:\/\/[^\s/]+/.test(values.endpoint)) return `--endpoint must be a URL like http://127.0.0.1:4566 (got "${values.endpoint}")`;
  if (!values.resume && positionals.length !== 1) return "give one design file (or --resume <id>)";
  const timeScale = Number(values["time-scale"]);
  if (!(timeScale >= 0)) return `--time-scale must be a number ≥ 0 (got ${values["time-scale"]})`;
  return { file: positionals[0], resume: values.resume, target: values.target, endpoint: values.endpoint, region: values.region, json: values.json, yes: values.yes, concurrency, timeScale };
}

export async function run(args: string[]): Promise<number> {
  // Team mode (VPCD_DATABASE_URL): enqueue for the workers instead of walking here.
  const store = storeConfig();
  if (store.kind === "postgres") return (await import("../team/deploy")).runTeamDeploy(store.url, args);
  let options: Options | string;
  try {
    options = parseOptions(args);
  } catch (error) {
    options = (error as Error).message;
  }
  if (typeof options === "string") return (console.error(`vpcd deploy: ${options}\n${USAGE}`), 2);
  const journal = sharedJournal();
  const prepared = options.resume ? prepareResume(journal, options) : await prepareNew(journal, options);
  if (typeof prepared === "number") return prepared;
  try {
    return await execute(journal, prepared.id, options);
  } finally {
    await prepared.cleanup();
  }
}

type Prepared = { id: string; cleanup(): Promise<void> };

function prepareResume(journal: Journal, options: Options): Prepared | number {
  const row = journal.getDeployment(options.resume!);
  if (!row) return (console.error(`vpcd deploy: no deployment "${options.resume}" (see vpcd deployments)`), 2);
  if (options.endpoint && options.endpoint !== row.target.endpoint) {
    console.error(`vpcd deploy: deployment ${row.id} went to ${row.target.endpoint ?? "AWS"}; resume it there (or omit --endpoint)`);
    return 2;
  }
  return { id: row.id, cleanup: async () => {} };
}

async function prepareNew(journal: Journal, options: Options): Promise<Prepared | number> {
  const loaded = await loadDesignFile(options.file!);
  if (!loaded.ok) return (console.error(`vpcd deploy: ${loaded.message}`), 2);
  const design = loaded.design;
  if (options.region && options.region !== design.region) {
    console.error(`vpcd deploy: --region ${options.region} differs from the design's region ${design.region}; availability zones are per region, so change the region in the design`);
    return 2;
  }
  let cleanup = async () => {};
  let endpoint = options.endpoint;
  if (options.target === "sandbox" && !endpoint) {
    const { startSandbox } = await import("../../sandbox");
    const sandbox = await startSandbox({ timeScale: options.timeScale });
    endpoint = sandbox.endpoint;
    cleanup = async () => {
      if (!options.json) console.error(`Stopping the sandbox at ${endpoint}: what this run created goes with it. To keep a deployment, run \`vpcd sandbox\` and deploy with --endpoint.`);
      await sandbox.stop();
    };
    if (!options.json) console.error(`Started a sandbox for this run only at ${endpoint} (time scale ${options.timeScale}); it stops when the deploy ends.`);
  }
  const target: DeploymentTarget = endpoint ? { kind: options.target, region: design.region, endpoint } : { kind: "aws", region: design.region };
  let token: string | undefined;
  if (requiresConfirmation(target)) {
    const confirmed = await confirmRealDeploy(design, target, options.yes);
    if (confirmed === null) return (await cleanup(), 1);
    token = confirmed;
  }
  try {
    return { id: (await createConfirmedDeployment(journal, design, target, token)).id, cleanup };
  } catch (error) {
    console.error(`vpcd deploy: ${(error as Error).message}`);
    await cleanup();
    return 1;
  }
}

/** The confirm step in the terminal: the preflight and its token, then a "y" (or --yes). Null: not confirmed. */
async function confirmRealDeploy(design: Parameters<typeof estimateCost>[0], target: DeploymentTarget, yes: boolean): Promise<string | null> {
  const report = await preflightAndConfirm(design, target);
  console.error(`Deploy "${design.name}" to AWS account ${report.account ?? "(unknown)"} in ${target.region}\nCost while deployed: ${formatCost(estimateCost(design))}\n\nPreflight:\n${formatPreflight(report)}\n`);
  if (!report.ok || !report.confirmation?.isRequired) return (console.error("vpcd deploy: preflight failed; fix the items marked ✗ first."), null);
  if (!yes && !process.stdin.isTTY) return (console.error("vpcd deploy: a real-account deploy needs confirmation; run it in a terminal or pass --yes"), null);
  if (!yes && !(await confirm("Create these resources (they cost money until cleaned up)?"))) return null;
  return report.confirmation.token;
}

async function execute(journal: Journal, id: string, options: Options): Promise<number> {
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  const started = Date.now();
  const unfollow = options.json ? () => {} : followJournal(journal, id, (line) => console.log(line));
  let result: RunResult;
  try {
    result = await runDeployment(journal, id, { concurrency: options.concurrency, signal: controller.signal });
  } finally {
    unfollow();
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
  }
  const row = journal.getDeployment(id)!;
  const view = deploymentView({ ...row, entries: journal.entries(id) }, false, Date.now());
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ deploymentId: id, status: view.status, resources: view.resources, elapsedMs: Date.now() - started, apiCalls: result.apiCalls })}\n`);
  } else if (view.status === "complete") {
    console.log(`\nDeployment ${id} complete in ${((Date.now() - started) / 1000).toFixed(1)} s (${result.apiCalls} API calls).`);
  } else {
    const failure = view.failure;
    if (failure) console.error(`\nStep ${failure.stepId} failed — ${failure.description}\n  ${failure.code}: ${failure.message}\n  What to do: ${failure.explanation}`);
    console.error(`\nDeployment ${id} is ${view.status}. Resume with: vpcd deploy --resume ${id}`);
  }
  return view.status === "complete" ? 0 : 1;
}
