/**
 * What the Terraform export may write: resource and data source types of the AWS provider,
 * each with the arguments and nested blocks we set and the attributes we reference. Kept for
 * the tests, checked against hashicorp/terraform-provider-aws (v5): the resource schemas in
 * internal/service/{ec2,elbv2,ssm}/*.go and the pages website/docs/{r,d}/<type>.html.markdown
 * (e.g. ec2_eip.go declares `domain`, ssm/parameter_data_source.go declares `insecure_value`).
 * Meta-arguments (`depends_on`) are Terraform's own and allowed everywhere.
 */
export type AllowedType = { arguments: string[]; blocks?: Record<string, string[]>; attributes: string[] };

const TAGS = ["tags"];

export const ALLOWED_RESOURCES: Record<string, AllowedType> = {
  aws_vpc: { arguments: ["cidr_block", "enable_dns_support", "enable_dns_hostnames", ...TAGS], attributes: ["id", "arn", "default_route_table_id", "main_route_table_id", "default_security_group_id"] },
  aws_subnet: { arguments: ["vpc_id", "cidr_block", "availability_zone", "map_public_ip_on_launch", ...TAGS], attributes: ["id", "arn"] },
  aws_internet_gateway: { arguments: ["vpc_id", ...TAGS], attributes: ["id", "arn"] },
  aws_eip: { arguments: ["domain", ...TAGS], attributes: ["id", "allocation_id", "public_ip"] },
  aws_nat_gateway: { arguments: ["allocation_id", "subnet_id", "connectivity_type", ...TAGS], attributes: ["id", "public_ip"] },
  aws_route_table: { arguments: ["vpc_id", ...TAGS], attributes: ["id", "arn"] },
  aws_default_route_table: { arguments: ["default_route_table_id", ...TAGS], attributes: ["id", "arn"] },
  aws_route: { arguments: ["route_table_id", "destination_cidr_block", "gateway_id", "nat_gateway_id"], attributes: ["id"] },
  aws_route_table_association: { arguments: ["subnet_id", "route_table_id"], attributes: ["id"] },
  aws_security_group: { arguments: ["name", "description", "vpc_id", ...TAGS], attributes: ["id", "arn"] },
  aws_vpc_security_group_ingress_rule: { arguments: ["security_group_id", "ip_protocol", "from_port", "to_port", "cidr_ipv4", "referenced_security_group_id", "description", ...TAGS], attributes: ["id", "security_group_rule_id"] },
  aws_vpc_security_group_egress_rule: { arguments: ["security_group_id", "ip_protocol", "from_port", "to_port", "cidr_ipv4", "referenced_security_group_id", "description", ...TAGS], attributes: ["id", "security_group_rule_id"] },
  aws_instance: { arguments: ["ami", "instance_type", "subnet_id", "vpc_security_group_ids", "associate_public_ip_address", "user_data_base64", ...TAGS], attributes: ["id", "arn", "private_ip", "public_ip"] },
  aws_lb_target_group: {
    arguments: ["name", "port", "protocol", "target_type", "vpc_id", ...TAGS],
    blocks: { health_check: ["enabled", "protocol", "path", "port", "interval", "timeout", "healthy_threshold", "unhealthy_threshold", "matcher"] },
    attributes: ["id", "arn"],
  },
  aws_lb_target_group_attachment: { arguments: ["target_group_arn", "target_id", "port"], attributes: ["id"] },
  aws_lb: { arguments: ["name", "internal", "load_balancer_type", "subnets", "security_groups", ...TAGS], attributes: ["id", "arn", "dns_name", "zone_id"] },
  aws_lb_listener: { arguments: ["load_balancer_arn", "port", "protocol", ...TAGS], blocks: { default_action: ["type", "target_group_arn"] }, attributes: ["id", "arn"] },
};

export const ALLOWED_DATA_SOURCES: Record<string, AllowedType> = {
  aws_ssm_parameter: { arguments: ["name"], attributes: ["insecure_value", "value", "arn", "type"] },
};

/** The provider block: `region` and the `default_tags` block with its `tags` map. */
export const ALLOWED_PROVIDER = { arguments: ["region"], blocks: { default_tags: ["tags"] } };
