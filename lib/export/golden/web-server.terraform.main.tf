# Network of "Single web server", exported by VPC Designer.
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

resource "aws_vpc" "web_vpc" {
  cidr_block           = "10.0.0.0/16"
  enable_dns_support   = true
  enable_dns_hostnames = true
  tags = {
    Name              = var.names["web-vpc"]
    "vpcd:logical-id" = "web-vpc"
  }
}

resource "aws_subnet" "public_a" {
  vpc_id                  = aws_vpc.web_vpc.id
  cidr_block              = "10.0.1.0/24"
  availability_zone       = "${var.region}a"
  map_public_ip_on_launch = true
  tags = {
    Name              = var.names["public-a"]
    "vpcd:logical-id" = "public-a"
  }
}

resource "aws_internet_gateway" "web_igw" {
  vpc_id = aws_vpc.web_vpc.id
  tags = {
    Name              = var.names["web-igw"]
    "vpcd:logical-id" = "web-igw"
  }
}

resource "aws_route_table" "public_rt" {
  vpc_id = aws_vpc.web_vpc.id
  tags = {
    Name              = var.names["public-rt"]
    "vpcd:logical-id" = "public-rt"
  }
}

resource "aws_route" "public_rt_0_0_0_0_0" {
  route_table_id         = aws_route_table.public_rt.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.web_igw.id
}

resource "aws_route_table_association" "public_a" {
  subnet_id      = aws_subnet.public_a.id
  route_table_id = aws_route_table.public_rt.id
}

resource "aws_security_group" "web_sg" {
  name        = var.names["web-sg"]
  description = "HTTP and HTTPS from anywhere"
  vpc_id      = aws_vpc.web_vpc.id
  tags = {
    Name              = var.names["web-sg"]
    "vpcd:logical-id" = "web-sg"
  }
}

resource "aws_vpc_security_group_ingress_rule" "web_sg_in_0" {
  security_group_id = aws_security_group.web_sg.id
  ip_protocol       = "tcp"
  from_port         = 80
  to_port           = 80
  cidr_ipv4         = "0.0.0.0/0"
  description       = "HTTP"
}

resource "aws_vpc_security_group_ingress_rule" "web_sg_in_1" {
  security_group_id = aws_security_group.web_sg.id
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "0.0.0.0/0"
  description       = "HTTPS"
}

resource "aws_vpc_security_group_egress_rule" "web_sg_out_0" {
  security_group_id = aws_security_group.web_sg.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"
  description       = "all outbound"
}

resource "aws_instance" "web" {
  ami                         = data.aws_ssm_parameter.ubuntu_24_04.insecure_value
  instance_type               = "t3.micro"
  subnet_id                   = aws_subnet.public_a.id
  vpc_security_group_ids      = [aws_security_group.web_sg.id]
  associate_public_ip_address = true
  user_data_base64            = "IyEvYmluL2Jhc2gKIyBWUEMgRGVzaWduZXIgdGVtcGxhdGU6IG5naW54IHNlcnZpbmcgYSBwYWdlIHdpdGggdGhpcyBpbnN0YW5jZSdzIGhvc3QgbmFtZS4Kc2V0IC1ldXhvIHBpcGVmYWlsCmlmIGNvbW1hbmQgLXYgYXB0LWdldCA+L2Rldi9udWxsOyB0aGVuCiAgZXhwb3J0IERFQklBTl9GUk9OVEVORD1ub25pbnRlcmFjdGl2ZQogIGFwdC1nZXQgdXBkYXRlIC15CiAgYXB0LWdldCBpbnN0YWxsIC15IG5naW54CiAgUk9PVD0vdmFyL3d3dy9odG1sCmVsc2UKICBkbmYgaW5zdGFsbCAteSBuZ2lueAogIFJPT1Q9L3Vzci9zaGFyZS9uZ2lueC9odG1sCmZpCmVjaG8gIjxoMT5IZWxsbyBmcm9tICQoaG9zdG5hbWUpPC9oMT4iID4gIiRST09UL2luZGV4Lmh0bWwiCnN5c3RlbWN0bCBlbmFibGUgLS1ub3cgbmdpbngK"
  tags = {
    Name              = var.names["web"]
    "vpcd:logical-id" = "web"
  }
}
