import "server-only";
import type pg from "pg";
import type { DeploymentTarget } from "../../lib/deploy/types";
import { StepError } from "../aws/errors";
import { resolveTarget } from "../engine/target";
import type { Member } from "./class-store";
import { instructorsOf, studentCredentialsOf } from "./credentials-store";

/**
 * Where a student's real-AWS deploy goes: the profile or role their instructor configured on
 * the server (`vpcd class credentials`), resolved here and carried in the server-side target
 * only, never to the browser (views strip it: lib/deploy/view.ts `withoutCredentials`). The
 * usual real-account confirmation (account from STS with those credentials, region, cost)
 * still applies. `VPCD_AWS_ENDPOINT` (an AWS-compatible endpoint, e.g. the sandbox in tests)
 * is passed on as any real-account target's endpoint is. Without configured credentials the
 * refusal says so and names whom to ask.
 */
export async function studentAwsTarget(db: pg.Pool, student: Member, region: string, env: NodeJS.ProcessEnv = process.env): Promise<DeploymentTarget> {
  const credentials = await studentCredentialsOf(db, student.userId);
  if (!credentials) {
    const instructors = (await instructorsOf(db, student.classId)).join(", ");
    const whom = instructors ? `your instructor (${instructors})` : "your class's instructor";
    const refused = new StepError(
      "NoAwsCredentials",
      `No AWS credentials are configured for you on this server, so deploys to a real AWS account are refused (your sandbox account works). Ask ${whom} to set them: vpcd class credentials --student ${student.email} --profile NAME (or --role-arn ARN).`,
    );
    // The browser words it in the reader's language (deploy.confirmation.refused.noAwsCredentials).
    throw Object.assign(refused, { refusal: { key: "noAwsCredentials", params: { instructors: instructors || "none", email: student.email } } });
  }
  const endpoint = env.VPCD_AWS_ENDPOINT?.trim() || undefined;
  return { ...resolveTarget("aws", region, endpoint), credentials };
}
