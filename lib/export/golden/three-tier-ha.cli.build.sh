#!/usr/bin/env bash
# Builds the network with the AWS CLI, in a safe order, waiting where AWS needs time.
# Exported by VPC Designer from the design "Three-tier, two AZs".
#
# Environment (all optional):
#   AWS_PROFILE (or the other AWS_* variables)  credentials, as the AWS CLI reads them
#   AWS_REGION        region (else AWS_DEFAULT_REGION, else ap-northeast-2)
#   AWS_ENDPOINT_URL  another endpoint, e.g. the VPC Designer sandbox
#   VPCD_DEPLOYMENT   value of the vpcd:deployment tag (default export-three-tier-two-azs)
set -euo pipefail
set -o errtrace

REGION="${AWS_REGION:-${AWS_DEFAULT_REGION:-ap-northeast-2}}"
VPCD_DEPLOYMENT="${VPCD_DEPLOYMENT:-export-three-tier-two-azs}"
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

IMAGE_AMAZON_LINUX_2023="${VPCD_IMAGE_AMAZON_LINUX_2023:-resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64}"  # or set VPCD_IMAGE_AMAZON_LINUX_2023 to an AMI id

# VPC ha-vpc
STEP='creating VPC ha-vpc'
VPC_HA_VPC="$(awsq ec2 create-vpc --cidr-block '10.0.0.0/16' --tag-specifications "$(ec2_tags 'ha-vpc' 'ha-vpc' vpc)" --query Vpc.VpcId)"
awsq ec2 wait vpc-available --vpc-ids "$VPC_HA_VPC"
awsq ec2 modify-vpc-attribute --vpc-id "$VPC_HA_VPC" --enable-dns-support '{"Value":true}'
awsq ec2 modify-vpc-attribute --vpc-id "$VPC_HA_VPC" --enable-dns-hostnames '{"Value":true}'

STEP='creating subnet app-a'
SUBNET_APP_A="$(awsq ec2 create-subnet --vpc-id "$VPC_HA_VPC" --cidr-block '10.0.10.0/24' --availability-zone "${REGION}a" --tag-specifications "$(ec2_tags 'app-a' 'app-a' subnet)" --query Subnet.SubnetId)"
awsq ec2 wait subnet-available --subnet-ids "$SUBNET_APP_A"

STEP='creating subnet app-c'
SUBNET_APP_C="$(awsq ec2 create-subnet --vpc-id "$VPC_HA_VPC" --cidr-block '10.0.11.0/24' --availability-zone "${REGION}c" --tag-specifications "$(ec2_tags 'app-c' 'app-c' subnet)" --query Subnet.SubnetId)"
awsq ec2 wait subnet-available --subnet-ids "$SUBNET_APP_C"

STEP='creating subnet data-a'
SUBNET_DATA_A="$(awsq ec2 create-subnet --vpc-id "$VPC_HA_VPC" --cidr-block '10.0.20.0/24' --availability-zone "${REGION}a" --tag-specifications "$(ec2_tags 'data-a' 'data-a' subnet)" --query Subnet.SubnetId)"
awsq ec2 wait subnet-available --subnet-ids "$SUBNET_DATA_A"

STEP='creating subnet data-c'
SUBNET_DATA_C="$(awsq ec2 create-subnet --vpc-id "$VPC_HA_VPC" --cidr-block '10.0.21.0/24' --availability-zone "${REGION}c" --tag-specifications "$(ec2_tags 'data-c' 'data-c' subnet)" --query Subnet.SubnetId)"
awsq ec2 wait subnet-available --subnet-ids "$SUBNET_DATA_C"

STEP='creating subnet public-a'
SUBNET_PUBLIC_A="$(awsq ec2 create-subnet --vpc-id "$VPC_HA_VPC" --cidr-block '10.0.0.0/24' --availability-zone "${REGION}a" --tag-specifications "$(ec2_tags 'public-a' 'public-a' subnet)" --query Subnet.SubnetId)"
awsq ec2 wait subnet-available --subnet-ids "$SUBNET_PUBLIC_A"
awsq ec2 modify-subnet-attribute --subnet-id "$SUBNET_PUBLIC_A" --map-public-ip-on-launch

STEP='creating subnet public-c'
SUBNET_PUBLIC_C="$(awsq ec2 create-subnet --vpc-id "$VPC_HA_VPC" --cidr-block '10.0.1.0/24' --availability-zone "${REGION}c" --tag-specifications "$(ec2_tags 'public-c' 'public-c' subnet)" --query Subnet.SubnetId)"
awsq ec2 wait subnet-available --subnet-ids "$SUBNET_PUBLIC_C"
awsq ec2 modify-subnet-attribute --subnet-id "$SUBNET_PUBLIC_C" --map-public-ip-on-launch

STEP='creating internet gateway ha-igw'
IGW_HA_IGW="$(awsq ec2 create-internet-gateway --tag-specifications "$(ec2_tags 'ha-igw' 'ha-igw' internet-gateway)" --query InternetGateway.InternetGatewayId)"
awsq ec2 attach-internet-gateway --internet-gateway-id "$IGW_HA_IGW" --vpc-id "$VPC_HA_VPC"

STEP='allocating Elastic IP nat-eip-a'
EIP_NAT_EIP_A="$(awsq ec2 allocate-address --domain vpc --tag-specifications "$(ec2_tags 'nat-eip-a' 'nat-eip-a' elastic-ip)" --query AllocationId)"

STEP='allocating Elastic IP nat-eip-c'
EIP_NAT_EIP_C="$(awsq ec2 allocate-address --domain vpc --tag-specifications "$(ec2_tags 'nat-eip-c' 'nat-eip-c' elastic-ip)" --query AllocationId)"

STEP='creating security group alb-sg'
SG_ALB_SG="$(awsq ec2 create-security-group --group-name 'alb-sg' --description 'HTTP and HTTPS from the internet' --vpc-id "$VPC_HA_VPC" --tag-specifications "$(ec2_tags 'alb-sg' 'alb-sg' security-group)" --query GroupId)"

STEP='creating security group app-sg'
SG_APP_SG="$(awsq ec2 create-security-group --group-name 'app-sg' --description 'HTTP from the load balancer only' --vpc-id "$VPC_HA_VPC" --tag-specifications "$(ec2_tags 'app-sg' 'app-sg' security-group)" --query GroupId)"

STEP='creating security group data-sg'
SG_DATA_SG="$(awsq ec2 create-security-group --group-name 'data-sg' --description 'PostgreSQL from the app tier only' --vpc-id "$VPC_HA_VPC" --tag-specifications "$(ec2_tags 'data-sg' 'data-sg' security-group)" --query GroupId)"

STEP='setting the rules of alb-sg'
awsq ec2 revoke-security-group-egress --group-id "$SG_ALB_SG" --ip-permissions '[{"IpProtocol":"-1","IpRanges":[{"CidrIp":"0.0.0.0/0"}]}]' >/dev/null
awsq ec2 authorize-security-group-ingress --group-id "$SG_ALB_SG" --ip-permissions '[{"IpProtocol":"tcp","FromPort":80,"ToPort":80,"IpRanges":[{"CidrIp":"0.0.0.0/0","Description":"HTTP"}]}]' >/dev/null
awsq ec2 authorize-security-group-ingress --group-id "$SG_ALB_SG" --ip-permissions '[{"IpProtocol":"tcp","FromPort":443,"ToPort":443,"IpRanges":[{"CidrIp":"0.0.0.0/0","Description":"HTTPS"}]}]' >/dev/null
awsq ec2 authorize-security-group-egress --group-id "$SG_ALB_SG" --ip-permissions '[{"IpProtocol":"-1","IpRanges":[{"CidrIp":"0.0.0.0/0","Description":"all outbound"}]}]' >/dev/null

STEP='setting the rules of app-sg'
awsq ec2 revoke-security-group-egress --group-id "$SG_APP_SG" --ip-permissions '[{"IpProtocol":"-1","IpRanges":[{"CidrIp":"0.0.0.0/0"}]}]' >/dev/null
awsq ec2 authorize-security-group-ingress --group-id "$SG_APP_SG" --ip-permissions '[{"IpProtocol":"tcp","FromPort":80,"ToPort":80,"UserIdGroupPairs":[{"GroupId":"'"$SG_ALB_SG"'","Description":"HTTP from ALB"}]}]' >/dev/null
awsq ec2 authorize-security-group-egress --group-id "$SG_APP_SG" --ip-permissions '[{"IpProtocol":"-1","IpRanges":[{"CidrIp":"0.0.0.0/0","Description":"all outbound"}]}]' >/dev/null

STEP='setting the rules of data-sg'
awsq ec2 revoke-security-group-egress --group-id "$SG_DATA_SG" --ip-permissions '[{"IpProtocol":"-1","IpRanges":[{"CidrIp":"0.0.0.0/0"}]}]' >/dev/null
awsq ec2 authorize-security-group-ingress --group-id "$SG_DATA_SG" --ip-permissions '[{"IpProtocol":"tcp","FromPort":5432,"ToPort":5432,"UserIdGroupPairs":[{"GroupId":"'"$SG_APP_SG"'","Description":"PostgreSQL from app"}]}]' >/dev/null
awsq ec2 authorize-security-group-egress --group-id "$SG_DATA_SG" --ip-permissions '[{"IpProtocol":"-1","IpRanges":[{"CidrIp":"0.0.0.0/0","Description":"all outbound"}]}]' >/dev/null

STEP='creating NAT gateway nat-a'
NAT_NAT_A="$(awsq ec2 create-nat-gateway --subnet-id "$SUBNET_PUBLIC_A" --allocation-id "$EIP_NAT_EIP_A" --tag-specifications "$(ec2_tags 'nat-a' 'nat-a' natgateway)" --query NatGateway.NatGatewayId)"

STEP='creating NAT gateway nat-c'
NAT_NAT_C="$(awsq ec2 create-nat-gateway --subnet-id "$SUBNET_PUBLIC_C" --allocation-id "$EIP_NAT_EIP_C" --tag-specifications "$(ec2_tags 'nat-c' 'nat-c' natgateway)" --query NatGateway.NatGatewayId)"

STEP='waiting for the NAT gateways to be available'
awsq ec2 wait nat-gateway-available --nat-gateway-ids "$NAT_NAT_A" "$NAT_NAT_C"

STEP='setting up route table app-rt-a'
RT_APP_RT_A="$(awsq ec2 create-route-table --vpc-id "$VPC_HA_VPC" --tag-specifications "$(ec2_tags 'app-rt-a' 'app-rt-a' route-table)" --query RouteTable.RouteTableId)"
awsq ec2 create-route --route-table-id "$RT_APP_RT_A" --destination-cidr-block '0.0.0.0/0' --nat-gateway-id "$NAT_NAT_A" >/dev/null
awsq ec2 associate-route-table --route-table-id "$RT_APP_RT_A" --subnet-id "$SUBNET_APP_A" >/dev/null

STEP='setting up route table app-rt-c'
RT_APP_RT_C="$(awsq ec2 create-route-table --vpc-id "$VPC_HA_VPC" --tag-specifications "$(ec2_tags 'app-rt-c' 'app-rt-c' route-table)" --query RouteTable.RouteTableId)"
awsq ec2 create-route --route-table-id "$RT_APP_RT_C" --destination-cidr-block '0.0.0.0/0' --nat-gateway-id "$NAT_NAT_C" >/dev/null
awsq ec2 associate-route-table --route-table-id "$RT_APP_RT_C" --subnet-id "$SUBNET_APP_C" >/dev/null

STEP='setting up route table data-rt'
RT_DATA_RT="$(awsq ec2 create-route-table --vpc-id "$VPC_HA_VPC" --tag-specifications "$(ec2_tags 'data-rt' 'data-rt' route-table)" --query RouteTable.RouteTableId)"
awsq ec2 associate-route-table --route-table-id "$RT_DATA_RT" --subnet-id "$SUBNET_DATA_A" >/dev/null
awsq ec2 associate-route-table --route-table-id "$RT_DATA_RT" --subnet-id "$SUBNET_DATA_C" >/dev/null

STEP='setting up route table public-rt'
RT_PUBLIC_RT="$(awsq ec2 create-route-table --vpc-id "$VPC_HA_VPC" --tag-specifications "$(ec2_tags 'public-rt' 'public-rt' route-table)" --query RouteTable.RouteTableId)"
awsq ec2 create-route --route-table-id "$RT_PUBLIC_RT" --destination-cidr-block '0.0.0.0/0' --gateway-id "$IGW_HA_IGW" >/dev/null
awsq ec2 associate-route-table --route-table-id "$RT_PUBLIC_RT" --subnet-id "$SUBNET_PUBLIC_A" >/dev/null
awsq ec2 associate-route-table --route-table-id "$RT_PUBLIC_RT" --subnet-id "$SUBNET_PUBLIC_C" >/dev/null

STEP='launching instance app-1'
cat >"$WORK/user_data_app_1" <<'VPCD_USER_DATA'
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
INSTANCE_APP_1="$(awsq ec2 run-instances --image-id "$IMAGE_AMAZON_LINUX_2023" --instance-type 't3.small' --count 1 --network-interfaces '[{"DeviceIndex":0,"SubnetId":"'"$SUBNET_APP_A"'","Groups":["'"$SG_APP_SG"'"],"AssociatePublicIpAddress":false}]' --user-data "file://$WORK/user_data_app_1" --tag-specifications "$(ec2_tags 'app-1' 'app-1' instance volume)" --query 'Instances[0].InstanceId')"

STEP='launching instance app-2'
cat >"$WORK/user_data_app_2" <<'VPCD_USER_DATA'
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
INSTANCE_APP_2="$(awsq ec2 run-instances --image-id "$IMAGE_AMAZON_LINUX_2023" --instance-type 't3.small' --count 1 --network-interfaces '[{"DeviceIndex":0,"SubnetId":"'"$SUBNET_APP_C"'","Groups":["'"$SG_APP_SG"'"],"AssociatePublicIpAddress":false}]' --user-data "file://$WORK/user_data_app_2" --tag-specifications "$(ec2_tags 'app-2' 'app-2' instance volume)" --query 'Instances[0].InstanceId')"

STEP='waiting for the instances to run'
awsq ec2 wait instance-running --instance-ids "$INSTANCE_APP_1" "$INSTANCE_APP_2"

STEP='creating target group app-tg'
TG_APP_TG="$(awsq elbv2 create-target-group --name 'app-tg' --protocol HTTP --port 80 --vpc-id "$VPC_HA_VPC" --target-type instance --health-check-protocol HTTP --health-check-path '/' --health-check-port 'traffic-port' --health-check-interval-seconds 30 --health-check-timeout-seconds 5 --healthy-threshold-count 5 --unhealthy-threshold-count 2 --matcher '{"HttpCode":"200"}' --tags "$(tag_list 'app-tg' 'app-tg')" --query 'TargetGroups[0].TargetGroupArn')"
awsq elbv2 register-targets --target-group-arn "$TG_APP_TG" --targets "Id=$INSTANCE_APP_1,Port=80" "Id=$INSTANCE_APP_2,Port=80"

STEP='creating load balancer web-alb'
LB_WEB_ALB="$(awsq elbv2 create-load-balancer --name 'web-alb' --type application --scheme internet-facing --subnets "$SUBNET_PUBLIC_A" "$SUBNET_PUBLIC_C" --security-groups "$SG_ALB_SG" --tags "$(tag_list 'web-alb' 'web-alb')" --query 'LoadBalancers[0].LoadBalancerArn')"
awsq elbv2 create-listener --load-balancer-arn "$LB_WEB_ALB" --protocol HTTP --port 80 --default-actions "Type=forward,TargetGroupArn=$TG_APP_TG" --tags "$(tag_list 'web-alb' 'web-alb')" >/dev/null

STEP='waiting for the load balancers to be active'
awsq elbv2 wait load-balancer-available --load-balancer-arns "$LB_WEB_ALB"

STEP="printing the summary"
say "deployment $VPCD_DEPLOYMENT is built in $REGION"
echo 'vpc ha-vpc' "$VPC_HA_VPC"
echo 'instance app-1' "$INSTANCE_APP_1"
echo 'instance app-2' "$INSTANCE_APP_2"
echo 'load-balancer web-alb' "$(awsq elbv2 describe-load-balancers --load-balancer-arns "$LB_WEB_ALB" --query 'LoadBalancers[0].DNSName')"
