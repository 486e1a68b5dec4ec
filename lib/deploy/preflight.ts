/**
 * One line of the preflight checklist. `id` names the check and `detailKey` + `params` say what
 * was found, so the UI can say it in the reader's language; `detail` is the same in English
 * (the CLI and logs print it).
 */
export type PreflightCheck = {
  id: string;
  status: "ok" | "warn" | "fail";
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
  quotaVpcs: "{used} VPCs in use (default VPC included) + {added} new; default quota {quota}",
  quotaEips: "{used} Elastic IPs in use + {added} new; account limit {limit}",
  quotaNatOver: "more than {max} NAT gateways in {zones}",
  quotaNatOk: "within {max} NAT gateways per zone",
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
