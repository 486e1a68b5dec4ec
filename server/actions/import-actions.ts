import "server-only";
import { awsTargetOf, resolveTarget } from "../engine/target";
import { sharedJournal } from "../engine/journal-instance";
import { adoptVpcFrom } from "../interop/adopt-vpc";
import { importVpcFrom, listVpcsOf } from "../interop/import-vpc";

/** What the "Import from AWS" actions call: the sandbox from `vpcd demo`, or the account's default credentials; adoption records into the app's shared journal. */
export const importActions = {
  list: (kind: "sandbox" | "aws", region: string) => listVpcsOf(awsTargetOf(resolveTarget(kind, region))),
  importVpc: (kind: "sandbox" | "aws", region: string, vpcId: string) => importVpcFrom(awsTargetOf(resolveTarget(kind, region)), vpcId),
  adopt: (kind: "sandbox" | "aws", region: string, vpcId: string) => adoptVpcFrom(sharedJournal(), resolveTarget(kind, region), vpcId),
};
