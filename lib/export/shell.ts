/**
 * Shared parts of the two exported bash scripts: quoting, and the prelude that settles the
 * region, the deployment tag, the endpoint and the failure message before any AWS call.
 */
import type { Design } from "../design/schema";
import { defaultDeployment } from "./names";

/**
 * A bash single-quoted word: nothing inside is expanded.
 *
 * @example sq("it's") // "'it'\\''s'"
 */
export function sq(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** One line of a comment: newlines in names must not end the comment early. */
export const oneLine = (text: string) => text.replace(/[\r\n]+/g, " ");

/**
 * The prelude: strict mode, a failure line naming the step, the AWS CLI's own environment
 * (AWS_PROFILE and credentials untouched; AWS_REGION, then AWS_DEFAULT_REGION, then the
 * design's region), and AWS_ENDPOINT_URL passed explicitly to CLIs too old to read it
 * (docs/aws-facts.md §15.2).
 */
export function prelude(design: Design, purpose: string, onFailure: string): string {
  return `#!/usr/bin/env bash
# ${oneLine(purpose)}
# Exported by VPC Designer from the design "${oneLine(design.name)}".
#
# Environment (all optional):
#   AWS_PROFILE (or the other AWS_* variables)  credentials, as the AWS CLI reads them
#   AWS_REGION        region (else AWS_DEFAULT_REGION, else ${design.region})
#   AWS_ENDPOINT_URL  another endpoint, e.g. the VPC Designer sandbox
#   VPCD_DEPLOYMENT   value of the vpcd:deployment tag (default ${defaultDeployment(design)})
set -euo pipefail
set -o errtrace

REGION="\${AWS_REGION:-\${AWS_DEFAULT_REGION:-${design.region}}}"
VPCD_DEPLOYMENT="\${VPCD_DEPLOYMENT:-${defaultDeployment(design)}}"
STEP="checking the environment"
trap 'echo "vpcd: FAILED while $STEP (exit $?). ${onFailure}" >&2' ERR

case "$VPCD_DEPLOYMENT" in
  "" | *[!A-Za-z0-9._:/=+@-]*) echo "vpcd: VPCD_DEPLOYMENT may hold only letters, digits and . _ : / = + @ -" >&2; exit 2 ;;
esac
(( BASH_VERSINFO[0] > 4 || (BASH_VERSINFO[0] == 4 && BASH_VERSINFO[1] >= 4) )) || { echo "vpcd: this script needs bash 4.4 or later" >&2; exit 2; }
command -v aws >/dev/null || { echo "vpcd: the AWS CLI (aws) is not on PATH" >&2; exit 2; }

ENDPOINT_ARGS=()
if [[ -n "\${AWS_ENDPOINT_URL:-}" ]]; then
  CLI_VERSION="$(aws --version 2>&1 | sed -n 's#^aws-cli/\\([0-9]*\\)\\.\\([0-9]*\\).*#\\1 \\2#p')"
  read -r CLI_MAJOR CLI_MINOR <<<"\${CLI_VERSION:-0 0}"
  if (( CLI_MAJOR < 1 || (CLI_MAJOR == 1 && CLI_MINOR < 29) || (CLI_MAJOR == 2 && CLI_MINOR < 13) )); then
    echo "vpcd: warning: this AWS CLI ($(aws --version 2>&1 | cut -d' ' -f1)) ignores AWS_ENDPOINT_URL (that needs v1 >= 1.29 or v2 >= 2.13); passing --endpoint-url $AWS_ENDPOINT_URL explicitly" >&2
    ENDPOINT_ARGS=(--endpoint-url "$AWS_ENDPOINT_URL")
  fi
fi

# Every call: the chosen region, text output (ids are captured), the endpoint when needed.
awsq() { aws --region "$REGION" \${ENDPOINT_ARGS[@]+"\${ENDPOINT_ARGS[@]}"} --output text "$@"; }
say() { printf 'vpcd: %s\\n' "$*" >&2; }
`;
}
