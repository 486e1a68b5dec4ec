/**
 * English text of every finding, keyed by rule id. `{param}` is replaced with the finding's
 * params; params named in TRANSLATED_PARAMS hold a term id looked up in EN_TERMS.
 * The rule ids here are the full, stable list (RuleId).
 */
export const EN_MESSAGES = {
  "region-unknown": "Region {region} is not in the designer's catalogue, so its availability zones cannot be checked. Known regions: {known}.",
  "az-not-in-region": "{kind} {name} uses availability zone {zone}, which is not in region {region} (its zones: {zones}).",
  "reference-missing": "{kind} {name} refers to {targetKind} \"{target}\", which is not in the design.",
  "cross-vpc-reference": "{kind} {name} is in VPC {vpc} but uses {targetKind} {target} from VPC {targetVpc}; both must be in the same VPC.",
  "vpc-cidr-size": "VPC {name} has CIDR {cidr}; AWS allows a VPC block from /16 (65,536 addresses) to /28 (16 addresses).",
  "subnet-cidr-size": "Subnet {name} has CIDR {cidr}; AWS allows a subnet block from /16 to /28.",
  "subnet-outside-vpc": "Subnet {name} ({cidr}) is not inside its VPC {vpc} ({vpcCidr}); AWS rejects it with InvalidSubnet.Range.",
  "subnet-cidr-overlap": "Subnet {name} ({cidr}) overlaps subnet {other} ({otherCidr}) in the same VPC; AWS rejects it with InvalidSubnet.Conflict.",
  "duplicate-name": "{count} {kind} entries are named \"{name}\"; give each a distinct name so you can tell them apart in the AWS console.",
  "aws-name-taken": "{kind} name \"{name}\" is used {count} times; AWS requires security group names to be unique in their VPC and load balancer and target group names to be unique in the region.",
  "elb-name-invalid": "{kind} name \"{name}\" is not allowed: use at most 32 letters, digits and hyphens, not starting or ending with a hyphen (a load balancer name also must not start with \"internal-\").",
  "security-group-name-invalid": "Security group name \"{name}\" is not allowed: AWS reserves names starting with \"sg-\".",
  "route-target-missing": "Route table {table} sends {destination} to {targetKind} \"{target}\", which is not in the design.",
  "route-target-other-vpc": "Route table {table} (VPC {vpc}) sends {destination} to {targetKind} {target}, which belongs to another VPC.",
  "route-duplicate": "Route table {table} has the route {destination} more than once; AWS keeps one route per destination (RouteAlreadyExists).",
  "route-conflict": "Route table {table} sends {destination} to different targets; AWS keeps one route per destination, so only one can exist.",
  "route-overlaps-local": "Route table {table} has a route for {destination}, inside the VPC's own range {vpcCidr} that the local route covers; AWS accepts that only for a NAT gateway on exactly one subnet's CIDR.",
  "route-local-mismatch": "Route table {table} has a local route for {destination}; the local route always covers exactly the VPC's CIDR {vpcCidr}.",
  "route-table-main-duplicate": "VPC {vpc} has {count} main route tables ({tables}); a VPC has exactly one.",
  "subnet-route-table-conflict": "Subnet {name} is associated with {count} route tables ({tables}); a subnet uses exactly one.",
  "subnet-implicit-route-table": "Subnet {name} has no route table of its own, so AWS routes it with VPC {vpc}'s main route table.",
  "internet-gateway-not-attached": "Route table {table} sends {destination} to internet gateway {name}, which is not attached to a VPC.",
  "internet-gateway-duplicate": "VPC {vpc} has {count} internet gateways attached ({gateways}); a VPC can have only one.",
  "nat-in-private-subnet": "NAT gateway {name} is in subnet {subnet}, which is not public (no 0.0.0.0/0 route to an attached internet gateway); it will fail with Gateway.NotAttached or route nothing.",
  "nat-without-eip": "NAT gateway {name} has no Elastic IP; a public NAT gateway needs one when it is created.",
  "eip-shared": "Elastic IP {eip} is used by {count} NAT gateways ({nats}); each needs its own (Resource.AlreadyAssociated).",
  "nat-cross-az": "Private subnet {subnet} ({zone}) sends internet traffic to NAT gateway {nat} in {natZone}: you pay cross-AZ data charges, and the subnet loses internet access if {natZone} fails. Use a NAT gateway in {zone}.",
  "instance-public-ip-in-private-subnet": "Instance {name} asks for a public IP, but subnet {subnet} is private (no route to an internet gateway), so the address is billed and unreachable.",
  "instance-no-egress": "Instance {name} is in subnet {subnet}, which has no route out (no NAT gateway or internet gateway); it cannot reach the internet, e.g. to install packages in user data.",
  "instance-type-unknown": "Instance {name} uses instance type \"{type}\", which the designer does not know; check the spelling (e.g. t3.micro).",
  "instance-sg-limit": "Instance {name} has {count} security groups; AWS allows at most {limit} per network interface.",
  "user-data-too-large": "Instance {name} has {bytes} bytes of user data; AWS allows at most {limit} bytes (16 KB) before base64 encoding.",
  "sg-admin-port-open": "Security group {name} allows {service} (port {port}) from 0.0.0.0/0, so anyone on the internet can try to log in (AWS Security Hub {control}). Allow only your own IP address.",
  "sg-rule-limit": "Security group {name} has {count} {direction} rules; AWS allows at most {limit} per direction.",
  "alb-too-few-azs": "Load balancer {name} is in {count} availability zone(s); an Application Load Balancer needs subnets in at least two different AZs.",
  "alb-duplicate-az": "Load balancer {name} has more than one subnet in {zone} ({subnets}); an Application Load Balancer takes one subnet per AZ.",
  "alb-subnet-not-public": "Internet-facing load balancer {name} uses subnet {subnet}, which is not public (no 0.0.0.0/0 route to an attached internet gateway); clients cannot reach it there.",
  "alb-subnet-too-small": "Load balancer {name} uses subnet {subnet} ({cidr}); an Application Load Balancer needs at least a /27 in each subnet so it can scale.",
  "alb-target-az-not-enabled": "Target {target} of load balancer {name} is in {zone}, which the load balancer does not cover; it gets no traffic (Target.NotInUse).",
  "alb-target-sg-blocked": "Target {target} does not allow port {port} from load balancer {name}: none of its security groups lets in that port from the load balancer's security groups or subnets, so health checks fail.",
  "target-group-shared": "Target group {tg} is used by {count} load balancers ({lbs}); a target group can belong to only one.",
  "listener-port-duplicate": "Load balancer {name} has more than one listener on port {port}; each port takes one listener (DuplicateListener).",
} as const satisfies Record<string, string>;

export type RuleId = keyof typeof EN_MESSAGES;

/** Words that params carry as ids (entity kinds, rule directions), in English. */
export const EN_TERMS: Record<string, string> = {
  design: "design",
  vpc: "VPC",
  subnet: "subnet",
  "internet-gateway": "internet gateway",
  "elastic-ip": "Elastic IP",
  "nat-gateway": "NAT gateway",
  "route-table": "route table",
  "security-group": "security group",
  instance: "instance",
  "target-group": "target group",
  "load-balancer": "load balancer",
  inbound: "inbound",
  outbound: "outbound",
};
