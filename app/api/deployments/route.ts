import { DeployInputSchema } from "../../../lib/actions/inputs";
import { invalidInput } from "../../../lib/actions/result";
import { asAction, loadSentDesign } from "../../../server/actions/run-action";
import { deploymentActions } from "../../../server/actions/deployment";
import { readJsonBody, resultResponse } from "../../../server/http/route-result";

/**
 * The deployments API for scripts (the class benchmark, a bootcamp's own tooling): the same
 * input schema, guard and work runner as `startDeploymentAction` / `listDeploymentsAction`,
 * with the session cookie in team mode. POST `{ design, target, confirmation? }` starts (team
 * mode: enqueues) a deployment and answers 202 `{ ok, data: { deploymentId } }`.
 */
export async function POST(request: Request): Promise<Response> {
  const read = await readJsonBody(request, "deploy");
  if (!read.ok) return read.response;
  const parsed = DeployInputSchema.safeParse(read.body);
  if (!parsed.success) return resultResponse(invalidInput("deploy", parsed.error));
  const loaded = loadSentDesign(parsed.data.design);
  if (!loaded.ok) return resultResponse(loaded.result);
  return resultResponse(await asAction("deploy", () => deploymentActions.start(request.headers, loaded.design, parsed.data.target, parsed.data.confirmation)), 202);
}

/** GET: the deployments the caller may see, newest first, with their lifecycle. */
export async function GET(request: Request): Promise<Response> {
  return resultResponse(await asAction("list", () => deploymentActions.list(request.headers)));
}
