# Network of "KTB seed lab", exported by VPC Designer.
# Resources carry the tags Name and vpcd:deployment (var.deployment), so the app's sweep finds them.

terraform {
  required_version = ">= 1.5"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.31"
    }
  }
}

provider "aws" {
  region = var.region
  default_tags {
    tags = {
      "vpcd:deployment" = var.deployment
    }
  }
}

data "aws_ssm_parameter" "ubuntu_24_04" {
  name = "/aws/service/canonical/ubuntu/server/24.04/stable/current/amd64/hvm/ebs-gp3/ami-id"
}

resource "aws_vpc" "lab_vpc" {
  cidr_block           = "192.168.0.0/16"
  enable_dns_support   = true
  enable_dns_hostnames = true
  tags = {
    Name              = var.names["lab-vpc"]
    "vpcd:logical-id" = "lab-vpc"
  }
}

resource "aws_subnet" "private_a" {
  vpc_id                  = aws_vpc.lab_vpc.id
  cidr_block              = "192.168.1.0/24"
  availability_zone       = "${var.region}a"
  map_public_ip_on_launch = false
  tags = {
    Name              = var.names["private-a"]
    "vpcd:logical-id" = "private-a"
  }
}

resource "aws_subnet" "public_a" {
  vpc_id                  = aws_vpc.lab_vpc.id
  cidr_block              = "192.168.2.0/24"
  availability_zone       = "${var.region}a"
  map_public_ip_on_launch = true
  tags = {
    Name              = var.names["public-a"]
    "vpcd:logical-id" = "public-a"
  }
}

resource "aws_subnet" "public_c" {
  vpc_id                  = aws_vpc.lab_vpc.id
  cidr_block              = "192.168.3.0/24"
  availability_zone       = "${var.region}c"
  map_public_ip_on_launch = true
  tags = {
    Name              = var.names["public-c"]
    "vpcd:logical-id" = "public-c"
  }
}

resource "aws_subnet" "public_nat" {
  vpc_id                  = aws_vpc.lab_vpc.id
  cidr_block              = "192.168.4.0/24"
  availability_zone       = "${var.region}a"
  map_public_ip_on_launch = true
  tags = {
    Name              = var.names["public-nat"]
    "vpcd:logical-id" = "public-nat"
  }
}

resource "aws_internet_gateway" "lab_igw" {
  vpc_id = aws_vpc.lab_vpc.id
  tags = {
    Name              = var.names["lab-igw"]
    "vpcd:logical-id" = "lab-igw"
  }
}

resource "aws_eip" "nat_eip" {
  domain = "vpc"
  tags = {
    Name              = var.names["nat-eip"]
    "vpcd:logical-id" = "nat-eip"
  }
}

resource "aws_nat_gateway" "lab_nat" {
  allocation_id = aws_eip.nat_eip.id
  subnet_id     = aws_subnet.public_nat.id
  tags = {
    Name              = var.names["lab-nat"]
    "vpcd:logical-id" = "lab-nat"
  }

  depends_on = [aws_internet_gateway.lab_igw]
}

resource "aws_route_table" "private_rt" {
  vpc_id = aws_vpc.lab_vpc.id
  tags = {
    Name              = var.names["private-rt"]
    "vpcd:logical-id" = "private-rt"
  }
}

resource "aws_route" "private_rt_0_0_0_0_0" {
  route_table_id         = aws_route_table.private_rt.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.lab_nat.id
}

resource "aws_route_table_association" "private_a" {
  subnet_id      = aws_subnet.private_a.id
  route_table_id = aws_route_table.private_rt.id
}

resource "aws_route_table" "public_rt" {
  vpc_id = aws_vpc.lab_vpc.id
  tags = {
    Name              = var.names["public-rt"]
    "vpcd:logical-id" = "public-rt"
  }
}

resource "aws_route" "public_rt_0_0_0_0_0" {
  route_table_id         = aws_route_table.public_rt.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.lab_igw.id
}

resource "aws_route_table_association" "public_a" {
  subnet_id      = aws_subnet.public_a.id
  route_table_id = aws_route_table.public_rt.id
}

resource "aws_route_table_association" "public_c" {
  subnet_id      = aws_subnet.public_c.id
  route_table_id = aws_route_table.public_rt.id
}

resource "aws_route_table_association" "public_nat" {
  subnet_id      = aws_subnet.public_nat.id
  route_table_id = aws_route_table.public_rt.id
}

resource "aws_security_group" "lab_sg" {
  name        = var.names["lab-sg"]
  description = "SSH and HTTP for the lab"
  vpc_id      = aws_vpc.lab_vpc.id
  tags = {
    Name              = var.names["lab-sg"]
    "vpcd:logical-id" = "lab-sg"
  }
}

resource "aws_vpc_security_group_ingress_rule" "lab_sg_in_0" {
  security_group_id = aws_security_group.lab_sg.id
  ip_protocol       = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_ipv4         = "0.0.0.0/0"
  description       = "SSH"
}

resource "aws_vpc_security_group_ingress_rule" "lab_sg_in_1" {
  security_group_id = aws_security_group.lab_sg.id
  ip_protocol       = "tcp"
  from_port         = 80
  to_port           = 80
  cidr_ipv4         = "0.0.0.0/0"
  description       = "HTTP"
}

resource "aws_vpc_security_group_egress_rule" "lab_sg_out_0" {
  security_group_id = aws_security_group.lab_sg.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"
  description       = "all outbound"
}

resource "aws_instance" "app_a" {
  ami                         = data.aws_ssm_parameter.ubuntu_24_04.insecure_value
  instance_type               = "t3.micro"
  subnet_id                   = aws_subnet.private_a.id
  vpc_security_group_ids      = [aws_security_group.lab_sg.id]
  associate_public_ip_address = false
  tags = {
    Name              = var.names["app-a"]
    "vpcd:logical-id" = "app-a"
  }
}

resource "aws_instance" "web_a" {
  ami                         = data.aws_ssm_parameter.ubuntu_24_04.insecure_value
  instance_type               = "t3.micro"
  subnet_id                   = aws_subnet.public_a.id
  vpc_security_group_ids      = [aws_security_group.lab_sg.id]
  associate_public_ip_address = true
  user_data_base64            = "IyEvYmluL2Jhc2gKIyBWUEMgRGVzaWduZXIgc2VlZCBsYWI6IHRoZSBGbGFzayBhcHAgdGhhdCBhbnN3ZXJzIHsicHJpdmF0ZV9pcCI6ICIuLi4ifSBvbiBwb3J0IDgwLgpzZXQgLWV1eG8gcGlwZWZhaWwKaWYgY29tbWFuZCAtdiBhcHQtZ2V0ID4vZGV2L251bGw7IHRoZW4KICAjIFVidW50dTogRmxhc2sgZnJvbSBhcHQgKHBpcCByZWZ1c2VzIHRoZSBzeXN0ZW0gUHl0aG9uOiBleHRlcm5hbGx5LW1hbmFnZWQtZW52aXJvbm1lbnQpLgogIGV4cG9ydCBERUJJQU5fRlJPTlRFTkQ9bm9uaW50ZXJhY3RpdmUKICBhcHQtZ2V0IHVwZGF0ZSAteQogIGFwdC1nZXQgaW5zdGFsbCAteSBweXRob24zLWZsYXNrIGlwcm91dGUyCmVsc2UKICAjIEFtYXpvbiBMaW51eCAyMDIzOiBubyBGbGFzayBwYWNrYWdlLCBzbyBwaXAgaW50byB0aGUgc3lzdGVtIFB5dGhvbi4KICBkbmYgaW5zdGFsbCAteSBweXRob24zLXBpcCBpcHJvdXRlCiAgcHl0aG9uMyAtbSBwaXAgaW5zdGFsbCBmbGFzawpmaQppbnN0YWxsIC1kIC1tIDA3NTUgL29wdC9sYWIKY2F0ID4gL29wdC9sYWIvYXBwLnB5IDw8J1BZJwpmcm9tIGZsYXNrIGltcG9ydCBGbGFzaywganNvbmlmeQppbXBvcnQgc3VicHJvY2VzcwppbXBvcnQgcmUKCmFwcCA9IEZsYXNrKF9fbmFtZV9fKQoKCmRlZiBydW4oYXJncyk6CiAgICByZXN1bHQgPSBzdWJwcm9jZXNzLnJ1bihhcmdzLCBzdGRvdXQ9c3VicHJvY2Vzcy5QSVBFLCBzdGRlcnI9c3VicHJvY2Vzcy5QSVBFLCB0ZXh0PVRydWUpCiAgICByZXR1cm4gcmVzdWx0LnN0ZG91dCBpZiByZXN1bHQucmV0dXJuY29kZSA9PSAwIGVsc2UgIiIKCgpkZWYgZ2V0X3ByaXZhdGVfaXAoKToKICAgICMgVGhlIHNvdXJjZSBhZGRyZXNzIG9mIHRoZSBkZWZhdWx0IHJvdXRlIGlzIHRoZSBpbnN0YW5jZSdzIHByaW1hcnkgcHJpdmF0ZSBhZGRyZXNzLAogICAgIyB3aGF0ZXZlciB0aGUgVlBDJ3MgQ0lEUiAoMTAueCwgMTcyLjE2LTMxLngsIDE5Mi4xNjgueCBvciBhIHB1YmxpYyByYW5nZSkuCiAgICBtYXRjaCA9IHJlLnNlYXJjaChyIlxic3JjXHMrKFxkK1wuXGQrXC5cZCtcLlxkKykiLCBydW4oWyJpcCIsICItNCIsICJyb3V0ZSIsICJnZXQiLCAiMS4xLjEuMSJdKSkKICAgIGlmIG1hdGNoOgogICAgICAgIHJldHVybiBtYXRjaC5ncm91cCgxKQogICAgIyBObyBkZWZhdWx0IHJvdXRlIChhIHByaXZhdGUgc3VibmV0IHdpdGhvdXQgTkFUKTogdGhlIGZpcnN0IGdsb2JhbCwgbm9uLWxvb3BiYWNrIElQdjQgYWRkcmVzcy4KICAgIGZvdW5kID0gcmUuZmluZGFsbChyImluZXRccysoXGQrXC5cZCtcLlxkK1wuXGQrKS8iLCBydW4oWyJpcCIsICItNCIsICItbyIsICJhZGRyIiwgInNob3ciLCAic2NvcGUiLCAiZ2xvYmFsIl0pKQogICAgZm91bmQgPSBbaXAgZm9yIGlwIGluIGZvdW5kIGlmIG5vdCBpcC5zdGFydHN3aXRoKCIxMjcuIildCiAgICByZXR1cm4gZm91bmRbMF0gaWYgZm91bmQgZWxzZSBOb25lCgoKQGFwcC5yb3V0ZSgiLyIsIG1ldGhvZHM9WyJHRVQiXSkKZGVmIHByaXZhdGVfaXAoKToKICAgIGlwID0gZ2V0X3ByaXZhdGVfaXAoKQogICAgaWYgaXA6CiAgICAgICAgcmV0dXJuIGpzb25pZnkoeyJwcml2YXRlX2lwIjogaXB9KQogICAgcmV0dXJuIGpzb25pZnkoeyJlcnJvciI6ICJGYWlsZWQgdG8gcmV0cmlldmUgcHJpdmF0ZSBJUCJ9KSwgNTAwCgoKaWYgX19uYW1lX18gPT0gIl9fbWFpbl9fIjoKICAgIGFwcC5ydW4oaG9zdD0iMC4wLjAuMCIsIHBvcnQ9ODApClBZCmNhdCA+IC9ldGMvc3lzdGVtZC9zeXN0ZW0vbGFiLWFwcC5zZXJ2aWNlIDw8J1VOSVQnCltVbml0XQpEZXNjcmlwdGlvbj1TZWVkIGxhYiBGbGFzayBhcHAgKHByaW50cyB0aGUgaW5zdGFuY2UncyBwcml2YXRlIElQKQpBZnRlcj1uZXR3b3JrLW9ubGluZS50YXJnZXQKV2FudHM9bmV0d29yay1vbmxpbmUudGFyZ2V0CgpbU2VydmljZV0KRXhlY1N0YXJ0PS91c3IvYmluL3B5dGhvbjMgL29wdC9sYWIvYXBwLnB5ClJlc3RhcnQ9YWx3YXlzClJlc3RhcnRTZWM9MgoKW0luc3RhbGxdCldhbnRlZEJ5PW11bHRpLXVzZXIudGFyZ2V0ClVOSVQKc3lzdGVtY3RsIGRhZW1vbi1yZWxvYWQKc3lzdGVtY3RsIGVuYWJsZSAtLW5vdyBsYWItYXBwLnNlcnZpY2UK"
  tags = {
    Name              = var.names["web-a"]
    "vpcd:logical-id" = "web-a"
  }
}

resource "aws_instance" "web_c" {
  ami                         = data.aws_ssm_parameter.ubuntu_24_04.insecure_value
  instance_type               = "t3.micro"
  subnet_id                   = aws_subnet.public_c.id
  vpc_security_group_ids      = [aws_security_group.lab_sg.id]
  associate_public_ip_address = true
  user_data_base64            = "IyEvYmluL2Jhc2gKIyBWUEMgRGVzaWduZXIgc2VlZCBsYWI6IHRoZSBGbGFzayBhcHAgdGhhdCBhbnN3ZXJzIHsicHJpdmF0ZV9pcCI6ICIuLi4ifSBvbiBwb3J0IDgwLgpzZXQgLWV1eG8gcGlwZWZhaWwKaWYgY29tbWFuZCAtdiBhcHQtZ2V0ID4vZGV2L251bGw7IHRoZW4KICAjIFVidW50dTogRmxhc2sgZnJvbSBhcHQgKHBpcCByZWZ1c2VzIHRoZSBzeXN0ZW0gUHl0aG9uOiBleHRlcm5hbGx5LW1hbmFnZWQtZW52aXJvbm1lbnQpLgogIGV4cG9ydCBERUJJQU5fRlJPTlRFTkQ9bm9uaW50ZXJhY3RpdmUKICBhcHQtZ2V0IHVwZGF0ZSAteQogIGFwdC1nZXQgaW5zdGFsbCAteSBweXRob24zLWZsYXNrIGlwcm91dGUyCmVsc2UKICAjIEFtYXpvbiBMaW51eCAyMDIzOiBubyBGbGFzayBwYWNrYWdlLCBzbyBwaXAgaW50byB0aGUgc3lzdGVtIFB5dGhvbi4KICBkbmYgaW5zdGFsbCAteSBweXRob24zLXBpcCBpcHJvdXRlCiAgcHl0aG9uMyAtbSBwaXAgaW5zdGFsbCBmbGFzawpmaQppbnN0YWxsIC1kIC1tIDA3NTUgL29wdC9sYWIKY2F0ID4gL29wdC9sYWIvYXBwLnB5IDw8J1BZJwpmcm9tIGZsYXNrIGltcG9ydCBGbGFzaywganNvbmlmeQppbXBvcnQgc3VicHJvY2VzcwppbXBvcnQgcmUKCmFwcCA9IEZsYXNrKF9fbmFtZV9fKQoKCmRlZiBydW4oYXJncyk6CiAgICByZXN1bHQgPSBzdWJwcm9jZXNzLnJ1bihhcmdzLCBzdGRvdXQ9c3VicHJvY2Vzcy5QSVBFLCBzdGRlcnI9c3VicHJvY2Vzcy5QSVBFLCB0ZXh0PVRydWUpCiAgICByZXR1cm4gcmVzdWx0LnN0ZG91dCBpZiByZXN1bHQucmV0dXJuY29kZSA9PSAwIGVsc2UgIiIKCgpkZWYgZ2V0X3ByaXZhdGVfaXAoKToKICAgICMgVGhlIHNvdXJjZSBhZGRyZXNzIG9mIHRoZSBkZWZhdWx0IHJvdXRlIGlzIHRoZSBpbnN0YW5jZSdzIHByaW1hcnkgcHJpdmF0ZSBhZGRyZXNzLAogICAgIyB3aGF0ZXZlciB0aGUgVlBDJ3MgQ0lEUiAoMTAueCwgMTcyLjE2LTMxLngsIDE5Mi4xNjgueCBvciBhIHB1YmxpYyByYW5nZSkuCiAgICBtYXRjaCA9IHJlLnNlYXJjaChyIlxic3JjXHMrKFxkK1wuXGQrXC5cZCtcLlxkKykiLCBydW4oWyJpcCIsICItNCIsICJyb3V0ZSIsICJnZXQiLCAiMS4xLjEuMSJdKSkKICAgIGlmIG1hdGNoOgogICAgICAgIHJldHVybiBtYXRjaC5ncm91cCgxKQogICAgIyBObyBkZWZhdWx0IHJvdXRlIChhIHByaXZhdGUgc3VibmV0IHdpdGhvdXQgTkFUKTogdGhlIGZpcnN0IGdsb2JhbCwgbm9uLWxvb3BiYWNrIElQdjQgYWRkcmVzcy4KICAgIGZvdW5kID0gcmUuZmluZGFsbChyImluZXRccysoXGQrXC5cZCtcLlxkK1wuXGQrKS8iLCBydW4oWyJpcCIsICItNCIsICItbyIsICJhZGRyIiwgInNob3ciLCAic2NvcGUiLCAiZ2xvYmFsIl0pKQogICAgZm91bmQgPSBbaXAgZm9yIGlwIGluIGZvdW5kIGlmIG5vdCBpcC5zdGFydHN3aXRoKCIxMjcuIildCiAgICByZXR1cm4gZm91bmRbMF0gaWYgZm91bmQgZWxzZSBOb25lCgoKQGFwcC5yb3V0ZSgiLyIsIG1ldGhvZHM9WyJHRVQiXSkKZGVmIHByaXZhdGVfaXAoKToKICAgIGlwID0gZ2V0X3ByaXZhdGVfaXAoKQogICAgaWYgaXA6CiAgICAgICAgcmV0dXJuIGpzb25pZnkoeyJwcml2YXRlX2lwIjogaXB9KQogICAgcmV0dXJuIGpzb25pZnkoeyJlcnJvciI6ICJGYWlsZWQgdG8gcmV0cmlldmUgcHJpdmF0ZSBJUCJ9KSwgNTAwCgoKaWYgX19uYW1lX18gPT0gIl9fbWFpbl9fIjoKICAgIGFwcC5ydW4oaG9zdD0iMC4wLjAuMCIsIHBvcnQ9ODApClBZCmNhdCA+IC9ldGMvc3lzdGVtZC9zeXN0ZW0vbGFiLWFwcC5zZXJ2aWNlIDw8J1VOSVQnCltVbml0XQpEZXNjcmlwdGlvbj1TZWVkIGxhYiBGbGFzayBhcHAgKHByaW50cyB0aGUgaW5zdGFuY2UncyBwcml2YXRlIElQKQpBZnRlcj1uZXR3b3JrLW9ubGluZS50YXJnZXQKV2FudHM9bmV0d29yay1vbmxpbmUudGFyZ2V0CgpbU2VydmljZV0KRXhlY1N0YXJ0PS91c3IvYmluL3B5dGhvbjMgL29wdC9sYWIvYXBwLnB5ClJlc3RhcnQ9YWx3YXlzClJlc3RhcnRTZWM9MgoKW0luc3RhbGxdCldhbnRlZEJ5PW11bHRpLXVzZXIudGFyZ2V0ClVOSVQKc3lzdGVtY3RsIGRhZW1vbi1yZWxvYWQKc3lzdGVtY3RsIGVuYWJsZSAtLW5vdyBsYWItYXBwLnNlcnZpY2UK"
  tags = {
    Name              = var.names["web-c"]
    "vpcd:logical-id" = "web-c"
  }
}

resource "aws_lb_target_group" "web_tg" {
  name        = var.names["web-tg"]
  port        = 80
  protocol    = "HTTP"
  target_type = "instance"
  vpc_id      = aws_vpc.lab_vpc.id
  tags = {
    Name              = var.names["web-tg"]
    "vpcd:logical-id" = "web-tg"
  }
  health_check {
    protocol            = "HTTP"
    path                = "/"
    port                = "traffic-port"
    interval            = 30
    timeout             = 5
    healthy_threshold   = 5
    unhealthy_threshold = 2
    matcher             = "200"
  }
}

resource "aws_lb_target_group_attachment" "web_tg_web_a" {
  target_group_arn = aws_lb_target_group.web_tg.arn
  target_id        = aws_instance.web_a.id
  port             = 80
}

resource "aws_lb_target_group_attachment" "web_tg_web_c" {
  target_group_arn = aws_lb_target_group.web_tg.arn
  target_id        = aws_instance.web_c.id
  port             = 80
}

resource "aws_lb" "lab_alb" {
  name               = var.names["lab-alb"]
  internal           = false
  load_balancer_type = "application"
  subnets            = [aws_subnet.public_a.id, aws_subnet.public_c.id]
  security_groups    = [aws_security_group.lab_sg.id]
  tags = {
    Name              = var.names["lab-alb"]
    "vpcd:logical-id" = "lab-alb"
  }
}

resource "aws_lb_listener" "lab_alb_http_80" {
  load_balancer_arn = aws_lb.lab_alb.arn
  port              = 80
  protocol          = "HTTP"
  tags = {
    Name              = var.names["lab-alb"]
    "vpcd:logical-id" = "lab-alb"
  }
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web_tg.arn
  }
}
