import "server-only";
import type { DeploymentTarget } from "../../lib/deploy/types";
import { awsTargetOf } from "../engine/target";
import { importVpcFrom, listVpcsOf } from "../interop/import-vpc";
import { workRunner } from "../work";

/**
 * What the "Import from AWS" actions call, on the target server/class/read-scope.ts chose (the
 * sandbox from `vpcd demo` or the account's default credentials; in team mode a student's own
 * account); adoption is recorded through the app's work runner (the team store in team mode).
 */
export const importActions = {
  list: (target: DeploymentTarget) => listVpcsOf(awsTargetOf(target)),
  importVpc: (target: DeploymentTarget, vpcId: string) => importVpcFrom(awsTargetOf(target), vpcId),
  adopt: async (target: DeploymentTarget, vpcId: string) => (await workRunner()).adopt(target, vpcId),
};
