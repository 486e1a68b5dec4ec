# Outputs of "Single web server", exported by VPC Designer.
# Resources carry the tags Name and vpcd:deployment (var.deployment), so the app's sweep finds them.

output "web_vpc_id" {
  description = "VPC id of web-vpc"
  value       = aws_vpc.web_vpc.id
}

output "instance_ids" {
  description = "Instance ids by design id"
  value = {
    web = aws_instance.web.id
  }
}
