import { DeploymentIdInputSchema } from "../../../../lib/actions/inputs";
import { invalidInput } from "../../../../lib/actions/result";
import { asAction } from "../../../../server/actions/run-action";
import { deploymentActions } from "../../../../server/actions/deployment";
import { resultResponse } from "../../../../server/http/route-result";

/** GET: the one polled view of a deployment (as `deploymentStatusAction` returns it), if the caller may see it. */
export async function GET(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const parsed = DeploymentIdInputSchema.safeParse({ deploymentId: (await context.params).id });
  if (!parsed.success) return resultResponse(invalidInput("status", parsed.error));
  return resultResponse(await asAction("status", () => deploymentActions.status(request.headers, parsed.data.deploymentId)));
}
