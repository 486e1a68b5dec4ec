# Outputs of "KTB seed lab", exported by VPC Designer.
# Resources carry the tags Name and vpcd:deployment (var.deployment), so the app's sweep finds them.

output "lab_vpc_id" {
  description = "VPC id of lab-vpc"
  value       = aws_vpc.lab_vpc.id
}

output "lab_alb_dns_name" {
  description = "DNS name of the load balancer lab-alb"
  value       = aws_lb.lab_alb.dns_name
}

output "instance_ids" {
  description = "Instance ids by design id"
  value = {
    app-a = aws_instance.app_a.id
    web-a = aws_instance.web_a.id
    web-c = aws_instance.web_c.id
  }
}
