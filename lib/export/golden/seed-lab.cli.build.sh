#!/usr/bin/env bash
# Builds the network with the AWS CLI, in a safe order, waiting where AWS needs time.
# Exported by VPC Designer from the design "KTB seed lab".
#
# Environment (all optional):
#   AWS_PROFILE (or the other AWS_* variables)  credentials, as the AWS CLI reads them
#   AWS_REGION        region (else AWS_DEFAULT_REGION, else ap-northeast-2)
#   AWS_ENDPOINT_URL  another endpoint, e.g. the VPC Designer sandbox
#   VPCD_DEPLOYMENT   value of the vpcd:deployment tag (default export-ktb-seed-lab)
set -euo pipefail
set -o errtrace

REGION="${AWS_REGION:-${AWS_DEFAULT_REGION:-ap-northeast-2}}"
VPCD_DEPLOYMENT="${VPCD_DEPLOYMENT:-export-ktb-seed-lab}"
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

# VPC lab-vpc
STEP='creating VPC lab-vpc'
VPC_LAB_VPC="$(awsq ec2 create-vpc --cidr-block '192.168.0.0/16' --tag-specifications "$(ec2_tags 'lab-vpc' 'lab-vpc' vpc)" --query Vpc.VpcId)"
awsq ec2 wait vpc-available --vpc-ids "$VPC_LAB_VPC"
awsq ec2 modify-vpc-attribute --vpc-id "$VPC_LAB_VPC" --enable-dns-support '{"Value":true}'
awsq ec2 modify-vpc-attribute --vpc-id "$VPC_LAB_VPC" --enable-dns-hostnames '{"Value":true}'

STEP='creating subnet private-a'
SUBNET_PRIVATE_A="$(awsq ec2 create-subnet --vpc-id "$VPC_LAB_VPC" --cidr-block '192.168.1.0/24' --availability-zone "${REGION}a" --tag-specifications "$(ec2_tags 'private-a' 'private-a' subnet)" --query Subnet.SubnetId)"
awsq ec2 wait subnet-available --subnet-ids "$SUBNET_PRIVATE_A"

STEP='creating subnet public-a'
SUBNET_PUBLIC_A="$(awsq ec2 create-subnet --vpc-id "$VPC_LAB_VPC" --cidr-block '192.168.2.0/24' --availability-zone "${REGION}a" --tag-specifications "$(ec2_tags 'public-a' 'public-a' subnet)" --query Subnet.SubnetId)"
awsq ec2 wait subnet-available --subnet-ids "$SUBNET_PUBLIC_A"
awsq ec2 modify-subnet-attribute --subnet-id "$SUBNET_PUBLIC_A" --map-public-ip-on-launch

STEP='creating subnet public-c'
SUBNET_PUBLIC_C="$(awsq ec2 create-subnet --vpc-id "$VPC_LAB_VPC" --cidr-block '192.168.3.0/24' --availability-zone "${REGION}c" --tag-specifications "$(ec2_tags 'public-c' 'public-c' subnet)" --query Subnet.SubnetId)"
awsq ec2 wait subnet-available --subnet-ids "$SUBNET_PUBLIC_C"
awsq ec2 modify-subnet-attribute --subnet-id "$SUBNET_PUBLIC_C" --map-public-ip-on-launch

STEP='creating subnet public-nat'
SUBNET_PUBLIC_NAT="$(awsq ec2 create-subnet --vpc-id "$VPC_LAB_VPC" --cidr-block '192.168.4.0/24' --availability-zone "${REGION}a" --tag-specifications "$(ec2_tags 'public-nat' 'public-nat' subnet)" --query Subnet.SubnetId)"
awsq ec2 wait subnet-available --subnet-ids "$SUBNET_PUBLIC_NAT"
awsq ec2 modify-subnet-attribute --subnet-id "$SUBNET_PUBLIC_NAT" --map-public-ip-on-launch

STEP='creating internet gateway lab-igw'
IGW_LAB_IGW="$(awsq ec2 create-internet-gateway --tag-specifications "$(ec2_tags 'lab-igw' 'lab-igw' internet-gateway)" --query InternetGateway.InternetGatewayId)"
awsq ec2 attach-internet-gateway --internet-gateway-id "$IGW_LAB_IGW" --vpc-id "$VPC_LAB_VPC"

STEP='allocating Elastic IP nat-eip'
EIP_NAT_EIP="$(awsq ec2 allocate-address --domain vpc --tag-specifications "$(ec2_tags 'nat-eip' 'nat-eip' elastic-ip)" --query AllocationId)"

STEP='creating security group lab-sg'
SG_LAB_SG="$(awsq ec2 create-security-group --group-name 'lab-sg' --description 'SSH and HTTP for the lab' --vpc-id "$VPC_LAB_VPC" --tag-specifications "$(ec2_tags 'lab-sg' 'lab-sg' security-group)" --query GroupId)"

STEP='setting the rules of lab-sg'
awsq ec2 revoke-security-group-egress --group-id "$SG_LAB_SG" --ip-permissions '[{"IpProtocol":"-1","IpRanges":[{"CidrIp":"0.0.0.0/0"}]}]' >/dev/null
awsq ec2 authorize-security-group-ingress --group-id "$SG_LAB_SG" --ip-permissions '[{"IpProtocol":"tcp","FromPort":22,"ToPort":22,"IpRanges":[{"CidrIp":"0.0.0.0/0","Description":"SSH"}]}]' >/dev/null
awsq ec2 authorize-security-group-ingress --group-id "$SG_LAB_SG" --ip-permissions '[{"IpProtocol":"tcp","FromPort":80,"ToPort":80,"IpRanges":[{"CidrIp":"0.0.0.0/0","Description":"HTTP"}]}]' >/dev/null
awsq ec2 authorize-security-group-egress --group-id "$SG_LAB_SG" --ip-permissions '[{"IpProtocol":"-1","IpRanges":[{"CidrIp":"0.0.0.0/0","Description":"all outbound"}]}]' >/dev/null

STEP='creating NAT gateway lab-nat'
NAT_LAB_NAT="$(awsq ec2 create-nat-gateway --subnet-id "$SUBNET_PUBLIC_NAT" --allocation-id "$EIP_NAT_EIP" --tag-specifications "$(ec2_tags 'lab-nat' 'lab-nat' natgateway)" --query NatGateway.NatGatewayId)"

STEP='waiting for the NAT gateways to be available'
awsq ec2 wait nat-gateway-available --nat-gateway-ids "$NAT_LAB_NAT"

STEP='setting up route table private-rt'
RT_PRIVATE_RT="$(awsq ec2 create-route-table --vpc-id "$VPC_LAB_VPC" --tag-specifications "$(ec2_tags 'private-rt' 'private-rt' route-table)" --query RouteTable.RouteTableId)"
awsq ec2 create-route --route-table-id "$RT_PRIVATE_RT" --destination-cidr-block '0.0.0.0/0' --nat-gateway-id "$NAT_LAB_NAT" >/dev/null
awsq ec2 associate-route-table --route-table-id "$RT_PRIVATE_RT" --subnet-id "$SUBNET_PRIVATE_A" >/dev/null

STEP='setting up route table public-rt'
RT_PUBLIC_RT="$(awsq ec2 create-route-table --vpc-id "$VPC_LAB_VPC" --tag-specifications "$(ec2_tags 'public-rt' 'public-rt' route-table)" --query RouteTable.RouteTableId)"
awsq ec2 create-route --route-table-id "$RT_PUBLIC_RT" --destination-cidr-block '0.0.0.0/0' --gateway-id "$IGW_LAB_IGW" >/dev/null
awsq ec2 associate-route-table --route-table-id "$RT_PUBLIC_RT" --subnet-id "$SUBNET_PUBLIC_A" >/dev/null
awsq ec2 associate-route-table --route-table-id "$RT_PUBLIC_RT" --subnet-id "$SUBNET_PUBLIC_C" >/dev/null
awsq ec2 associate-route-table --route-table-id "$RT_PUBLIC_RT" --subnet-id "$SUBNET_PUBLIC_NAT" >/dev/null

STEP='launching instance app-a'
INSTANCE_APP_A="$(awsq ec2 run-instances --image-id "$IMAGE_UBUNTU_24_04" --instance-type 't3.micro' --count 1 --network-interfaces '[{"DeviceIndex":0,"SubnetId":"'"$SUBNET_PRIVATE_A"'","Groups":["'"$SG_LAB_SG"'"],"AssociatePublicIpAddress":false}]' --tag-specifications "$(ec2_tags 'app-a' 'app-a' instance volume)" --query 'Instances[0].InstanceId')"

STEP='launching instance web-a'
cat >"$WORK/user_data_web_a" <<'VPCD_USER_DATA'
#!/bin/bash
# VPC Designer seed lab: the Flask app that answers {"private_ip": "..."} on port 80.
set -euxo pipefail
if command -v apt-get >/dev/null; then
  # Ubuntu: Flask from apt (pip refuses the system Python: externally-managed-environment).
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -y
  apt-get install -y python3-flask iproute2
else
  # Amazon Linux 2023: no Flask package, so pip into the system Python.
  dnf install -y python3-pip iproute
  python3 -m pip install flask
fi
install -d -m 0755 /opt/lab
cat > /opt/lab/app.py <<'PY'
from flask import Flask, jsonify
import subprocess
import re

app = Flask(__name__)


def run(args):
    result = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    return result.stdout if result.returncode == 0 else ""


def get_private_ip():
    # The source address of the default route is the instance's primary private address,
    # whatever the VPC's CIDR (10.x, 172.16-31.x, 192.168.x or a public range).
    match = re.search(r"\bsrc\s+(\d+\.\d+\.\d+\.\d+)", run(["ip", "-4", "route", "get", "1.1.1.1"]))
    if match:
        return match.group(1)
    # No default route (a private subnet without NAT): the first global, non-loopback IPv4 address.
    found = re.findall(r"inet\s+(\d+\.\d+\.\d+\.\d+)/", run(["ip", "-4", "-o", "addr", "show", "scope", "global"]))
    found = [ip for ip in found if not ip.startswith("127.")]
    return found[0] if found else None


@app.route("/", methods=["GET"])
def private_ip():
    ip = get_private_ip()
    if ip:
        return jsonify({"private_ip": ip})
    return jsonify({"error": "Failed to retrieve private IP"}), 500


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=80)
PY
cat > /etc/systemd/system/lab-app.service <<'UNIT'
[Unit]
Description=Seed lab Flask app (prints the instance's private IP)
After=network-online.target
Wants=network-online.target

[Service]
ExecStart=/usr/bin/python3 /opt/lab/app.py
Restart=always
RestartSec=2

[Install]
WantedBy=multi-user.target
UNIT
systemctl daemon-reload
systemctl enable --now lab-app.service
VPCD_USER_DATA
INSTANCE_WEB_A="$(awsq ec2 run-instances --image-id "$IMAGE_UBUNTU_24_04" --instance-type 't3.micro' --count 1 --network-interfaces '[{"DeviceIndex":0,"SubnetId":"'"$SUBNET_PUBLIC_A"'","Groups":["'"$SG_LAB_SG"'"],"AssociatePublicIpAddress":true}]' --user-data "file://$WORK/user_data_web_a" --tag-specifications "$(ec2_tags 'web-a' 'web-a' instance volume)" --query 'Instances[0].InstanceId')"

STEP='launching instance web-c'
cat >"$WORK/user_data_web_c" <<'VPCD_USER_DATA'
#!/bin/bash
# VPC Designer seed lab: the Flask app that answers {"private_ip": "..."} on port 80.
set -euxo pipefail
if command -v apt-get >/dev/null; then
  # Ubuntu: Flask from apt (pip refuses the system Python: externally-managed-environment).
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -y
  apt-get install -y python3-flask iproute2
else
  # Amazon Linux 2023: no Flask package, so pip into the system Python.
  dnf install -y python3-pip iproute
  python3 -m pip install flask
fi
install -d -m 0755 /opt/lab
cat > /opt/lab/app.py <<'PY'
from flask import Flask, jsonify
import subprocess
import re

app = Flask(__name__)


def run(args):
    result = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    return result.stdout if result.returncode == 0 else ""


def get_private_ip():
    # The source address of the default route is the instance's primary private address,
    # whatever the VPC's CIDR (10.x, 172.16-31.x, 192.168.x or a public range).
    match = re.search(r"\bsrc\s+(\d+\.\d+\.\d+\.\d+)", run(["ip", "-4", "route", "get", "1.1.1.1"]))
    if match:
        return match.group(1)
    # No default route (a private subnet without NAT): the first global, non-loopback IPv4 address.
    found = re.findall(r"inet\s+(\d+\.\d+\.\d+\.\d+)/", run(["ip", "-4", "-o", "addr", "show", "scope", "global"]))
    found = [ip for ip in found if not ip.startswith("127.")]
    return found[0] if found else None


@app.route("/", methods=["GET"])
def private_ip():
    ip = get_private_ip()
    if ip:
        return jsonify({"private_ip": ip})
    return jsonify({"error": "Failed to retrieve private IP"}), 500


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=80)
PY
cat > /etc/systemd/system/lab-app.service <<'UNIT'
[Unit]
Description=Seed lab Flask app (prints the instance's private IP)
After=network-online.target
Wants=network-online.target

[Service]
ExecStart=/usr/bin/python3 /opt/lab/app.py
Restart=always
RestartSec=2

[Install]
WantedBy=multi-user.target
UNIT
systemctl daemon-reload
systemctl enable --now lab-app.service
VPCD_USER_DATA
INSTANCE_WEB_C="$(awsq ec2 run-instances --image-id "$IMAGE_UBUNTU_24_04" --instance-type 't3.micro' --count 1 --network-interfaces '[{"DeviceIndex":0,"SubnetId":"'"$SUBNET_PUBLIC_C"'","Groups":["'"$SG_LAB_SG"'"],"AssociatePublicIpAddress":true}]' --user-data "file://$WORK/user_data_web_c" --tag-specifications "$(ec2_tags 'web-c' 'web-c' instance volume)" --query 'Instances[0].InstanceId')"

STEP='waiting for the instances to run'
awsq ec2 wait instance-running --instance-ids "$INSTANCE_APP_A" "$INSTANCE_WEB_A" "$INSTANCE_WEB_C"

STEP='creating target group web-tg'
TG_WEB_TG="$(awsq elbv2 create-target-group --name 'web-tg' --protocol HTTP --port 80 --vpc-id "$VPC_LAB_VPC" --target-type instance --health-check-protocol HTTP --health-check-path '/' --health-check-port 'traffic-port' --health-check-interval-seconds 30 --health-check-timeout-seconds 5 --healthy-threshold-count 5 --unhealthy-threshold-count 2 --matcher '{"HttpCode":"200"}' --tags "$(tag_list 'web-tg' 'web-tg')" --query 'TargetGroups[0].TargetGroupArn')"
awsq elbv2 register-targets --target-group-arn "$TG_WEB_TG" --targets "Id=$INSTANCE_WEB_A,Port=80" "Id=$INSTANCE_WEB_C,Port=80"

STEP='creating load balancer lab-alb'
LB_LAB_ALB="$(awsq elbv2 create-load-balancer --name 'lab-alb' --type application --scheme internet-facing --subnets "$SUBNET_PUBLIC_A" "$SUBNET_PUBLIC_C" --security-groups "$SG_LAB_SG" --tags "$(tag_list 'lab-alb' 'lab-alb')" --query 'LoadBalancers[0].LoadBalancerArn')"
awsq elbv2 create-listener --load-balancer-arn "$LB_LAB_ALB" --protocol HTTP --port 80 --default-actions "Type=forward,TargetGroupArn=$TG_WEB_TG" --tags "$(tag_list 'lab-alb' 'lab-alb')" >/dev/null

STEP='waiting for the load balancers to be active'
awsq elbv2 wait load-balancer-available --load-balancer-arns "$LB_LAB_ALB"

STEP="printing the summary"
say "deployment $VPCD_DEPLOYMENT is built in $REGION"
echo 'vpc lab-vpc' "$VPC_LAB_VPC"
echo 'instance app-a' "$INSTANCE_APP_A"
echo 'instance web-a' "$INSTANCE_WEB_A"
echo 'instance web-c' "$INSTANCE_WEB_C"
echo 'load-balancer lab-alb' "$(awsq elbv2 describe-load-balancers --load-balancer-arns "$LB_LAB_ALB" --query 'LoadBalancers[0].DNSName')"
