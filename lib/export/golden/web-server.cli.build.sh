#!/usr/bin/env bash
# Builds the network with the AWS CLI, in a safe order, waiting where AWS needs time.
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
trap 'echo "vpcd: FAILED while $STEP (exit $?). Resources made so far carry vpcd:deployment=$VPCD_DEPLOYMENT; the cli-destroy script removes them." >&2' ERR

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


# JSON for tags; names are escaped, the deployment value was checked above.
json_str() { local s=${1//\\/\\\\}; s=${s//\"/\\\"}; printf '"%s"' "$s"; }
tag_list() { printf '[{"Key":"Name","Value":%s},{"Key":"vpcd:deployment","Value":"%s"},{"Key":"vpcd:logical-id","Value":%s}]' "$(json_str "$1")" "$VPCD_DEPLOYMENT" "$(json_str "$2")"; }
ec2_tags() { local name=$1 id=$2 out="" t; shift 2; for t in "$@"; do out+="${out:+,}{\"ResourceType\":\"$t\",\"Tags\":$(tag_list "$name" "$id")}"; done; printf '[%s]' "$out"; }

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

STEP="checking that deployment $VPCD_DEPLOYMENT does not exist yet"
EXISTING="$(awsq ec2 describe-vpcs --filters "Name=tag:vpcd:deployment,Values=$VPCD_DEPLOYMENT" --query 'Vpcs[].VpcId')"
if [[ -n "$EXISTING" && "$EXISTING" != "None" ]]; then
  echo "vpcd: deployment $VPCD_DEPLOYMENT already exists ($EXISTING); remove it with the cli-destroy script or set VPCD_DEPLOYMENT" >&2
  exit 1
fi
say "building deployment $VPCD_DEPLOYMENT in $REGION"

IMAGE_UBUNTU_24_04="${VPCD_IMAGE_UBUNTU_24_04:-resolve:ssm:/aws/service/canonical/ubuntu/server/24.04/stable/current/amd64/hvm/ebs-gp3/ami-id}"  # or set VPCD_IMAGE_UBUNTU_24_04 to an AMI id

# VPC web-vpc
STEP='creating VPC web-vpc'
VPC_WEB_VPC="$(awsq ec2 create-vpc --cidr-block '10.0.0.0/16' --tag-specifications "$(ec2_tags 'web-vpc' 'web-vpc' vpc)" --query Vpc.VpcId)"
awsq ec2 wait vpc-available --vpc-ids "$VPC_WEB_VPC"
awsq ec2 modify-vpc-attribute --vpc-id "$VPC_WEB_VPC" --enable-dns-support '{"Value":true}'
awsq ec2 modify-vpc-attribute --vpc-id "$VPC_WEB_VPC" --enable-dns-hostnames '{"Value":true}'

STEP='creating subnet public-a'
SUBNET_PUBLIC_A="$(awsq ec2 create-subnet --vpc-id "$VPC_WEB_VPC" --cidr-block '10.0.1.0/24' --availability-zone "${REGION}a" --tag-specifications "$(ec2_tags 'public-a' 'public-a' subnet)" --query Subnet.SubnetId)"
awsq ec2 wait subnet-available --subnet-ids "$SUBNET_PUBLIC_A"
awsq ec2 modify-subnet-attribute --subnet-id "$SUBNET_PUBLIC_A" --map-public-ip-on-launch

STEP='creating internet gateway web-igw'
IGW_WEB_IGW="$(awsq ec2 create-internet-gateway --tag-specifications "$(ec2_tags 'web-igw' 'web-igw' internet-gateway)" --query InternetGateway.InternetGatewayId)"
awsq ec2 attach-internet-gateway --internet-gateway-id "$IGW_WEB_IGW" --vpc-id "$VPC_WEB_VPC"

STEP='creating security group web-sg'
SG_WEB_SG="$(awsq ec2 create-security-group --group-name 'web-sg' --description 'HTTP and HTTPS from anywhere' --vpc-id "$VPC_WEB_VPC" --tag-specifications "$(ec2_tags 'web-sg' 'web-sg' security-group)" --query GroupId)"

STEP='setting the rules of web-sg'
awsq ec2 revoke-security-group-egress --group-id "$SG_WEB_SG" --ip-permissions '[{"IpProtocol":"-1","IpRanges":[{"CidrIp":"0.0.0.0/0"}]}]' >/dev/null
awsq ec2 authorize-security-group-ingress --group-id "$SG_WEB_SG" --ip-permissions '[{"IpProtocol":"tcp","FromPort":80,"ToPort":80,"IpRanges":[{"CidrIp":"0.0.0.0/0","Description":"HTTP"}]}]' >/dev/null
awsq ec2 authorize-security-group-ingress --group-id "$SG_WEB_SG" --ip-permissions '[{"IpProtocol":"tcp","FromPort":443,"ToPort":443,"IpRanges":[{"CidrIp":"0.0.0.0/0","Description":"HTTPS"}]}]' >/dev/null
awsq ec2 authorize-security-group-egress --group-id "$SG_WEB_SG" --ip-permissions '[{"IpProtocol":"-1","IpRanges":[{"CidrIp":"0.0.0.0/0","Description":"all outbound"}]}]' >/dev/null

STEP='setting up route table public-rt'
RT_PUBLIC_RT="$(awsq ec2 create-route-table --vpc-id "$VPC_WEB_VPC" --tag-specifications "$(ec2_tags 'public-rt' 'public-rt' route-table)" --query RouteTable.RouteTableId)"
awsq ec2 create-route --route-table-id "$RT_PUBLIC_RT" --destination-cidr-block '0.0.0.0/0' --gateway-id "$IGW_WEB_IGW" >/dev/null
awsq ec2 associate-route-table --route-table-id "$RT_PUBLIC_RT" --subnet-id "$SUBNET_PUBLIC_A" >/dev/null

STEP='launching instance web'
cat >"$WORK/user_data_web" <<'VPCD_USER_DATA'
#!/bin/bash
# VPC Designer template: nginx serving a page with this instance's host name.
set -euxo pipefail
if command -v apt-get >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -y
  apt-get install -y nginx
  ROOT=/var/www/html
else
  dnf install -y nginx
  ROOT=/usr/share/nginx/html
fi
echo "<h1>Hello from $(hostname)</h1>" > "$ROOT/index.html"
systemctl enable --now nginx
VPCD_USER_DATA
INSTANCE_WEB="$(awsq ec2 run-instances --image-id "$IMAGE_UBUNTU_24_04" --instance-type 't3.micro' --count 1 --network-interfaces '[{"DeviceIndex":0,"SubnetId":"'"$SUBNET_PUBLIC_A"'","Groups":["'"$SG_WEB_SG"'"],"AssociatePublicIpAddress":true}]' --user-data "file://$WORK/user_data_web" --tag-specifications "$(ec2_tags 'web' 'web' instance volume)" --query 'Instances[0].InstanceId')"

STEP='waiting for the instances to run'
awsq ec2 wait instance-running --instance-ids "$INSTANCE_WEB"

STEP="printing the summary"
say "deployment $VPCD_DEPLOYMENT is built in $REGION"
echo 'vpc web-vpc' "$VPC_WEB_VPC"
echo 'instance web' "$INSTANCE_WEB"
