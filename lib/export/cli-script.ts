/**
 * The AWS CLI build script: the design's network created in a safe order (VPC, subnets,
 * gateways, groups and rules, NAT gateways, routes, instances, target groups, load balancers,
 * listeners) with `aws ec2 wait …` where AWS needs time and every id captured in a variable.
 * Each resource is tagged at creation with Name, vpcd:deployment and vpcd:logical-id.
 */
import { SSM_IMAGE_PARAMETERS } from "../catalog/images";
import type { Design, ImageChoice, SecurityGroupRule } from "../design/schema";
import { explicitTable, ipPermission, shellVar, sorted } from "./names";
import { prelude, sq } from "./shell";
import { cliCompute } from "./cli-compute";
import { step, tagSpec, v } from "./cli-parts";
import type { ExportFile } from "./types";

const zone = (design: Design, az: string) => (az.startsWith(design.region) ? `"\${REGION}${az.slice(design.region.length)}"` : sq(az));

const HELPERS = `
# JSON for tags; names are escaped, the deployment value was checked above.
json_str() { local s=\${1//\\\\/\\\\\\\\}; s=\${s//\\"/\\\\\\"}; printf '"%s"' "$s"; }
tag_list() { printf '[{"Key":"Name","Value":%s},{"Key":"vpcd:deployment","Value":"%s"},{"Key":"vpcd:logical-id","Value":%s}]' "$(json_str "$1")" "$VPCD_DEPLOYMENT" "$(json_str "$2")"; }
ec2_tags() { local name=$1 id=$2 out="" t; shift 2; for t in "$@"; do out+="\${out:+,}{\\"ResourceType\\":\\"$t\\",\\"Tags\\":$(tag_list "$name" "$id")}"; done; printf '[%s]' "$out"; }

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

STEP="checking that deployment $VPCD_DEPLOYMENT does not exist yet"
EXISTING="$(awsq ec2 describe-vpcs --filters "Name=tag:vpcd:deployment,Values=$VPCD_DEPLOYMENT" --query 'Vpcs[].VpcId')"
if [[ -n "$EXISTING" && "$EXISTING" != "None" ]]; then
  echo "vpcd: deployment $VPCD_DEPLOYMENT already exists ($EXISTING); remove it with the cli-destroy script or set VPCD_DEPLOYMENT" >&2
  exit 1
fi
say "building deployment $VPCD_DEPLOYMENT in $REGION"
`;

function images(design: Design): string[] {
  const used = [...new Set(sorted(design.instances).map((i) => i.image))].sort();
  return used.map((image) => {
    const name = shellVar("vpcd_image", image);
    return `${shellVar("image", image)}="\${${name}:-resolve:ssm:${SSM_IMAGE_PARAMETERS[image as ImageChoice]}}"  # or set ${name} to an AMI id`;
  });
}

function network(design: Design): string[] {
  const out: string[] = [];
  for (const vpc of sorted(design.vpcs)) {
    out.push("", `# VPC ${vpc.name}`, step(`creating VPC ${vpc.name}`));
    out.push(`${shellVar("vpc", vpc.id)}="$(awsq ec2 create-vpc --cidr-block ${sq(vpc.cidr)} ${tagSpec(["vpc"], vpc.name, vpc.id)} --query Vpc.VpcId)"`);
    out.push(`awsq ec2 wait vpc-available --vpc-ids ${v("vpc", vpc.id)}`);
    out.push(`awsq ec2 modify-vpc-attribute --vpc-id ${v("vpc", vpc.id)} --enable-dns-support '{"Value":true}'`);
    out.push(`awsq ec2 modify-vpc-attribute --vpc-id ${v("vpc", vpc.id)} --enable-dns-hostnames '{"Value":true}'`);
  }
  for (const s of sorted(design.subnets)) {
    out.push("", step(`creating subnet ${s.name}`));
    out.push(`${shellVar("subnet", s.id)}="$(awsq ec2 create-subnet --vpc-id ${v("vpc", s.vpcId)} --cidr-block ${sq(s.cidr)} --availability-zone ${zone(design, s.availabilityZone)} ${tagSpec(["subnet"], s.name, s.id)} --query Subnet.SubnetId)"`);
    out.push(`awsq ec2 wait subnet-available --subnet-ids ${v("subnet", s.id)}`);
    if (s.mapPublicIpOnLaunch) out.push(`awsq ec2 modify-subnet-attribute --subnet-id ${v("subnet", s.id)} --map-public-ip-on-launch`);
  }
  for (const g of sorted(design.internetGateways)) {
    out.push("", step(`creating internet gateway ${g.name}`));
    out.push(`${shellVar("igw", g.id)}="$(awsq ec2 create-internet-gateway ${tagSpec(["internet-gateway"], g.name, g.id)} --query InternetGateway.InternetGatewayId)"`);
    if (g.vpcId) out.push(`awsq ec2 attach-internet-gateway --internet-gateway-id ${v("igw", g.id)} --vpc-id ${v("vpc", g.vpcId)}`);
  }
  for (const e of sorted(design.elasticIps)) {
    out.push("", step(`allocating Elastic IP ${e.name}`));
    out.push(`${shellVar("eip", e.id)}="$(awsq ec2 allocate-address --domain vpc ${tagSpec(["elastic-ip"], e.name, e.id)} --query AllocationId)"`);
  }
  return out;
}

function permissionJson(rule: SecurityGroupRule, peerVar?: string): string {
  const p = ipPermission(rule);
  const ports = p.from === undefined ? "" : `,"FromPort":${p.from},"ToPort":${p.to}`;
  const desc = rule.description ? `,"Description":${JSON.stringify(rule.description)}` : "";
  const head = `[{"IpProtocol":${JSON.stringify(p.protocol)}${ports},`;
  if (rule.peer.kind === "cidr") return sq(`${head}"IpRanges":[{"CidrIp":${JSON.stringify(rule.peer.cidr)}${desc}}]}]`);
  // The group id is only known at run time: the JSON is quoted around a double-quoted variable.
  return `${sq(`${head}"UserIdGroupPairs":[{"GroupId":"`)}"$${peerVar}"${sq(`"${desc}}]}]`)}`;
}

/** Groups first, then rules, so a rule may name any group; AWS's default egress is replaced by the design's. */
function securityGroups(design: Design): string[] {
  const out: string[] = [];
  const groups = sorted(design.securityGroups);
  for (const sg of groups) {
    out.push("", step(`creating security group ${sg.name}`));
    out.push(`${shellVar("sg", sg.id)}="$(awsq ec2 create-security-group --group-name ${sq(sg.name)} --description ${sq(sg.description || sg.name)} --vpc-id ${v("vpc", sg.vpcId)} ${tagSpec(["security-group"], sg.name, sg.id)} --query GroupId)"`);
  }
  for (const sg of groups) {
    out.push("", step(`setting the rules of ${sg.name}`));
    out.push(`awsq ec2 revoke-security-group-egress --group-id ${v("sg", sg.id)} --ip-permissions '[{"IpProtocol":"-1","IpRanges":[{"CidrIp":"0.0.0.0/0"}]}]' >/dev/null`);
    for (const [direction, rules] of [["ingress", sg.ingress], ["egress", sg.egress]] as const) {
      for (const rule of rules) {
        const peerVar = rule.peer.kind === "security-group" ? shellVar("sg", rule.peer.securityGroupId) : undefined;
        out.push(`awsq ec2 authorize-security-group-${direction} --group-id ${v("sg", sg.id)} --ip-permissions ${permissionJson(rule, peerVar)} >/dev/null`);
      }
    }
  }
  return out;
}

/** NAT gateways take minutes: all are started, then waited for together before routes use them. */
function natAndRouting(design: Design): string[] {
  const out: string[] = [];
  const nats = sorted(design.natGateways);
  for (const n of nats) {
    out.push("", step(`creating NAT gateway ${n.name}`));
    const eip = n.elasticIpId ? ` --allocation-id ${v("eip", n.elasticIpId)}` : "";
    out.push(`${shellVar("nat", n.id)}="$(awsq ec2 create-nat-gateway --subnet-id ${v("subnet", n.subnetId)}${eip} ${tagSpec(["natgateway"], n.name, n.id)} --query NatGateway.NatGatewayId)"`);
  }
  if (nats.length) out.push("", step("waiting for the NAT gateways to be available"), `awsq ec2 wait nat-gateway-available --nat-gateway-ids ${nats.map((n) => v("nat", n.id)).join(" ")}`);
  for (const t of sorted(design.routeTables)) {
    out.push("", step(`setting up route table ${t.name}`));
    if (t.isMain) {
      // The main table exists with the VPC: adopt it (find it, tag it) instead of making another.
      out.push(`${shellVar("rt", t.id)}="$(awsq ec2 describe-route-tables --filters "Name=vpc-id,Values=$${shellVar("vpc", t.vpcId)}" Name=association.main,Values=true --query 'RouteTables[0].RouteTableId')"`);
      out.push(`awsq ec2 create-tags --resources ${v("rt", t.id)} --tags "$(tag_list ${sq(t.name)} ${sq(t.id)})"`);
    } else {
      out.push(`${shellVar("rt", t.id)}="$(awsq ec2 create-route-table --vpc-id ${v("vpc", t.vpcId)} ${tagSpec(["route-table"], t.name, t.id)} --query RouteTable.RouteTableId)"`);
    }
    for (const r of t.routes) {
      if (r.target.kind === "local") continue;
      const target = r.target.kind === "internet-gateway" ? `--gateway-id ${v("igw", r.target.internetGatewayId)}` : `--nat-gateway-id ${v("nat", r.target.natGatewayId)}`;
      out.push(`awsq ec2 create-route --route-table-id ${v("rt", t.id)} --destination-cidr-block ${sq(r.destination)} ${target} >/dev/null`);
    }
    for (const subnetId of [...t.subnetIds].sort()) {
      if (explicitTable(design, subnetId) !== t.id) continue;
      out.push(`awsq ec2 associate-route-table --route-table-id ${v("rt", t.id)} --subnet-id ${v("subnet", subnetId)} >/dev/null`);
    }
  }
  return out;
}

/** The build script for `design`: one file, `build.sh` by the caller's choice of name. */
export function exportCliScript(design: Design): ExportFile[] {
  const body = [
    prelude(design, "Builds the network with the AWS CLI, in a safe order, waiting where AWS needs time.", "Resources made so far carry vpcd:deployment=$VPCD_DEPLOYMENT; the cli-destroy script removes them."),
    HELPERS,
    ...images(design),
    ...network(design),
    ...securityGroups(design),
    ...natAndRouting(design),
    ...cliCompute(design),
    "",
  ];
  return [{ path: "build.sh", content: body.join("\n") }];
}
