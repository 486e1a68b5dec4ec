import "server-only";
import type { DeploymentTarget } from "../../lib/deploy/types";
import { awsTargetOf } from "../engine/target";
import { sharedJournal } from "../engine/journal-instance";
import { adoptVpcFrom } from "../interop/adopt-vpc";
import { importVpcFrom, listVpcsOf } from "../interop/import-vpc";

/**
 * What the "Import from AWS" actions call, on the target server/class/read-scope.ts chose (the
 * sandbox from `vpcd demo` or the account's default credentials; in team mode a student's own
 * account); adoption records into the app's shared journal.
 */
export const importActions = {
  list: (target: DeploymentTarget) => listVpcsOf(awsTargetOf(target)),
  importVpc: (target: DeploymentTarget, vpcId: string) => importVpcFrom(awsTargetOf(target), vpcId),
  adopt: (target: DeploymentTarget, vpcId: string) => adoptVpcFrom(sharedJournal(), target, vpcId),
};
