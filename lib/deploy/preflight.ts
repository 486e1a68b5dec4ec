/**
 * One line of the preflight checklist. `id` names the check and `detailKey` + `params` say what
 * was found, so the UI can say it in the reader's language; `detail` is the same in English
 * (the CLI and logs print it). `status` is "ok" only for what was really checked: "unchecked"
 * says it could not be (and the detail says why), "warn" asks the reader to look, "fail" blocks.
 */
export type PreflightCheck = {
  id: string;
  status: "ok" | "warn" | "fail" | "unchecked";
  detail: string;
  detailKey: PreflightDetailKey;
  params: Record<string, string | number>;
};

/** The checklist shown before a deploy is confirmed, with the account id from STS. */
export type PreflightReport = { account: string | null; region: string; target: "sandbox" | "aws"; checks: PreflightCheck[]; ok: boolean };

/** English text of every preflight finding; the UI's catalogues carry the same keys. */
export const PREFLIGHT_DETAILS_EN = {
  error: "{code}: {message}",
  identity: "account {account} ({arn})",
  regionEnabled: "{region} is enabled",
  regionDisabled: "{region} is not enabled for this account",
  noInstances: "no instances",
  typesOffered: "{types} offered in the chosen zones",
  typesMissing: "not offered: {missing}",
  images: "{images}",
  permissionsDenied: "not allowed: {actions}",
  permissionsUnclear: "could not check: {actions}",
  permissionsAllowed: "allowed: {actions}",
  nothingToCheck: "nothing to check",
  quotaVpcs: "VPCs in use: {used} (the default VPC among them) + {added} new; default quota {quota}",
  quotaVpcsNoDefault: "VPCs in use: {used} (no default VPC in this region) + {added} new; default quota {quota}",
  quotaEips: "Elastic IPs in use: {used} + {added} new; account limit {limit}",
  quotaNatOver: "more than {max} NAT gateways in {zones}",
  quotaNatOk: "within {max} NAT gateways per zone",
  imageParameters: "SSM resolves {images}",
  imageParametersMissing: "SSM has no {parameters} in {region}: RunInstances cannot resolve the image",
  imageParametersDenied: "not allowed: ssm:GetParameters, which RunInstances needs to resolve resolve:ssm: images",
  imageParametersSandbox: "not checked: the sandbox does not publish {parameters} (moto ships only the Amazon Linux image parameters)",
  noLoadBalancers: "no load balancer in the design",
  elbReadAllowed: "ELBv2 answers (DescribeAccountLimits allowed); ELBv2 has no dry run, so create permissions show only at deploy",
  elbDenied: "not allowed: elasticloadbalancing:{action}; the deploy needs Elastic Load Balancing permissions",
  serviceRolePresent: "{role} exists",
  serviceRoleWillBeCreated: "{role} does not exist yet: AWS creates it at the first load balancer, which needs iam:CreateServiceLinkedRole",
  serviceRoleUnchecked: "not checked: reading IAM is not allowed (iam:GetRole)",
  serviceRoleSandbox: "not checked: the sandbox models no service-linked roles",
} as const;

export type PreflightDetailKey = keyof typeof PREFLIGHT_DETAILS_EN;

/**
 * Builds a checklist line with its English text filled in from the key and parameters.
 *
 * @example preflightCheck("region", "ok", "regionEnabled", { region: "ap-northeast-2" }).detail === "ap-northeast-2 is enabled"
 */
export function preflightCheck(id: string, status: PreflightCheck["status"], detailKey: PreflightDetailKey, params: Record<string, string | number> = {}): PreflightCheck {
  const detail = PREFLIGHT_DETAILS_EN[detailKey].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ""));
  return { id, status, detail, detailKey, params };
}
