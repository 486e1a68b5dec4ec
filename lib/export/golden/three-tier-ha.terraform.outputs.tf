# Outputs of "Three-tier, two AZs", exported by VPC Designer.
# Resources carry the tags Name and vpcd:deployment (var.deployment), so the app's sweep finds them.

output "ha_vpc_id" {
  description = "VPC id of ha-vpc"
  value       = aws_vpc.ha_vpc.id
}

output "web_alb_dns_name" {
  description = "DNS name of the load balancer web-alb"
  value       = aws_lb.web_alb.dns_name
}

output "instance_ids" {
  description = "Instance ids by design id"
  value = {
    app-1 = aws_instance.app_1.id
    app-2 = aws_instance.app_2.id
  }
}
