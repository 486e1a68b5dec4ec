#!/usr/bin/env bash
# Removes everything tagged vpcd:deployment=$VPCD_DEPLOYMENT, in the order AWS accepts.
# Exported by VPC Designer from the design "Single web server".
#
# Environment (all optional):
#   AWS_PROFILE (or the other AWS_* variables)  credentials, as the AWS CLI reads them
#   AWS_REGION        region (else AWS_DEFAULT_REGION, else ap-northeast-2)
#   AWS_ENDPOINT_URL  another endpoint, e.g. the VPC Designer sandbox
#   VPCD_DEPLOYMENT   value of the vpcd:deployment tag (default export-single-web-server)
set -euo pipefail
set -o errtrace

REGION="${AWS_REGION:-${AWS_DEFAULT_REGION:-ap-northeast-2}}"
VPCD_DEPLOYMENT="${VPCD_DEPLOYMENT:-export-single-web-server}"
STEP="checking the environment"
trap 'echo "vpcd: FAILED while $STEP (exit $?). Run the script again once the cause is fixed; it picks up what is left." >&2' ERR

case "$VPCD_DEPLOYMENT" in
  "" | *[!A-Za-z0-9._:/=+@-]*) echo "vpcd: VPCD_DEPLOYMENT may hold only letters, digits and . _ : / = + @ -" >&2; exit 2 ;;
esac
(( BASH_VERSINFO[0] > 4 || (BASH_VERSINFO[0] == 4 && BASH_VERSINFO[1] >= 4) )) || { echo "vpcd: this script needs bash 4.4 or later" >&2; exit 2; }
command -v aws >/dev/null || { echo "vpcd: the AWS CLI (aws) is not on PATH" >&2; exit 2; }

ENDPOINT_ARGS=()
if [[ -n "${AWS_ENDPOINT_URL:-}" ]]; then
  CLI_VERSION="$(aws --version 2>&1 | sed -n 's#^aws-cli/\([0-9]*\)\.\([0-9]*\).*#\1 \2#p')"
  read -r CLI_MAJOR CLI_MINOR <<<"${CLI_VERSION:-0 0}"
  if (( CLI_MAJOR < 1 || (CLI_MAJOR == 1 && CLI_MINOR < 29) || (CLI_MAJOR == 2 && CLI_MINOR < 13) )); then
    echo "vpcd: warning: this AWS CLI ($(aws --version 2>&1 | cut -d' ' -f1)) ignores AWS_ENDPOINT_URL (that needs v1 >= 1.29 or v2 >= 2.13); passing --endpoint-url $AWS_ENDPOINT_URL explicitly" >&2
    ENDPOINT_ARGS=(--endpoint-url "$AWS_ENDPOINT_URL")
  fi
fi

# Every call: the chosen region, text output (ids are captured), the endpoint when needed.
awsq() { aws --region "$REGION" ${ENDPOINT_ARGS[@]+"${ENDPOINT_ARGS[@]}"} --output text "$@"; }
say() { printf 'vpcd: %s\n' "$*" >&2; }

TAG_FILTER="Name=tag:vpcd:deployment,Values=$VPCD_DEPLOYMENT"

# collect VAR <aws args>: the ids the call prints, as an array (a failed call stops the script).
# shellcheck disable=SC2034  # "into" is a nameref: assigning it fills the caller's array.
collect() {
  local -n into=$1
  shift
  local out
  out="$(awsq "$@")"
  into=()
  if [[ -n "$out" && "$out" != "None" ]]; then read -r -d '' -a into <<<"$out" || true; fi
}

# Repeats a delete that AWS refuses with DependencyViolation while it releases network
# interfaces of deleted load balancers and instances; any other error stops the script.
retry() {
  local n=0 out
  until out="$("$@" 2>&1)"; do
    if [[ "$out" == *DependencyViolation* ]] && (( n < ${VPCD_RETRIES:-30} )); then n=$((n + 1)); sleep "${VPCD_RETRY_DELAY:-10}"; continue; fi
    echo "$out" >&2
    return 1
  done
}

# tagged VAR <arns>: ELBv2 describe calls cannot filter by tag, so read the tags, 20 ARNs a call.
tagged() {
  local -n found=$1
  shift
  local arns=("$@") part i
  found=()
  for ((i = 0; i < ${#arns[@]}; i += 20)); do
    collect part elbv2 describe-tags --resource-arns "${arns[@]:i:20}" --query "TagDescriptions[?Tags[?Key=='vpcd:deployment' && Value=='$VPCD_DEPLOYMENT']].ResourceArn"
    found+=("${part[@]}")
  done
}
say "removing deployment $VPCD_DEPLOYMENT from $REGION"

STEP="deleting load balancers"
collect ALL_LBS elbv2 describe-load-balancers --query 'LoadBalancers[].LoadBalancerArn'
tagged LBS "${ALL_LBS[@]}"
for arn in "${LBS[@]}"; do awsq elbv2 delete-load-balancer --load-balancer-arn "$arn"; done
if (( ${#LBS[@]} )); then awsq elbv2 wait load-balancers-deleted --load-balancer-arns "${LBS[@]}"; fi

STEP="terminating instances"
collect INSTANCES ec2 describe-instances --filters "$TAG_FILTER" Name=instance-state-name,Values=pending,running,stopping,stopped --query 'Reservations[].Instances[].InstanceId'
if (( ${#INSTANCES[@]} )); then
  awsq ec2 terminate-instances --instance-ids "${INSTANCES[@]}" >/dev/null
  awsq ec2 wait instance-terminated --instance-ids "${INSTANCES[@]}"
fi

STEP="deleting target groups"
collect ALL_TGS elbv2 describe-target-groups --query 'TargetGroups[].TargetGroupArn'
tagged TGS "${ALL_TGS[@]}"
for arn in "${TGS[@]}"; do awsq elbv2 delete-target-group --target-group-arn "$arn"; done

STEP="deleting NAT gateways"
# The tag is checked in the query too: some AWS-compatible endpoints ignore tag filters on this call.
collect NATS ec2 describe-nat-gateways --filter "$TAG_FILTER" Name=state,Values=pending,available --query "NatGateways[?Tags[?Key=='vpcd:deployment' && Value=='$VPCD_DEPLOYMENT']].NatGatewayId"
for id in "${NATS[@]}"; do awsq ec2 delete-nat-gateway --nat-gateway-id "$id" >/dev/null; done
if (( ${#NATS[@]} )); then awsq ec2 wait nat-gateway-deleted --nat-gateway-ids "${NATS[@]}"; fi

STEP="releasing Elastic IPs"
collect EIPS ec2 describe-addresses --filters "$TAG_FILTER" --query 'Addresses[].AllocationId'
for id in "${EIPS[@]}"; do retry awsq ec2 release-address --allocation-id "$id"; done

STEP="deleting security groups"
collect GROUPS_LEFT ec2 describe-security-groups --filters "$TAG_FILTER" --query "SecurityGroups[?GroupName!='default'].GroupId"
# Rules first: groups that name each other could otherwise never be deleted.
for id in "${GROUPS_LEFT[@]}"; do
  rules="$(awsq --output json ec2 describe-security-groups --group-ids "$id" --query 'SecurityGroups[0].IpPermissions')"
  [[ "$rules" == "[]" ]] || awsq ec2 revoke-security-group-ingress --group-id "$id" --ip-permissions "$rules" >/dev/null
  rules="$(awsq --output json ec2 describe-security-groups --group-ids "$id" --query 'SecurityGroups[0].IpPermissionsEgress')"
  [[ "$rules" == "[]" ]] || awsq ec2 revoke-security-group-egress --group-id "$id" --ip-permissions "$rules" >/dev/null
done
for id in "${GROUPS_LEFT[@]}"; do retry awsq ec2 delete-security-group --group-id "$id"; done

STEP="deleting subnets"
collect SUBNETS ec2 describe-subnets --filters "$TAG_FILTER" --query 'Subnets[].SubnetId'
for id in "${SUBNETS[@]}"; do retry awsq ec2 delete-subnet --subnet-id "$id"; done

STEP="deleting route tables"
# A VPC's main table goes with the VPC; every other tagged table is deleted here.
collect TABLES ec2 describe-route-tables --filters "$TAG_FILTER" --query 'RouteTables[?!(Associations[?Main])].RouteTableId'
for id in "${TABLES[@]}"; do awsq ec2 delete-route-table --route-table-id "$id"; done

STEP="deleting internet gateways"
collect IGWS ec2 describe-internet-gateways --filters "$TAG_FILTER" --query 'InternetGateways[].InternetGatewayId'
for id in "${IGWS[@]}"; do
  collect ATTACHED ec2 describe-internet-gateways --internet-gateway-ids "$id" --query 'InternetGateways[0].Attachments[].VpcId'
  for vpc in "${ATTACHED[@]}"; do awsq ec2 detach-internet-gateway --internet-gateway-id "$id" --vpc-id "$vpc"; done
  awsq ec2 delete-internet-gateway --internet-gateway-id "$id"
done

STEP="deleting VPCs"
collect VPCS ec2 describe-vpcs --filters "$TAG_FILTER" --query 'Vpcs[].VpcId'
for id in "${VPCS[@]}"; do retry awsq ec2 delete-vpc --vpc-id "$id"; done

say "deployment $VPCD_DEPLOYMENT is removed"
