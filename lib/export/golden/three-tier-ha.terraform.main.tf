# Network of "Three-tier, two AZs", exported by VPC Designer.
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

data "aws_ssm_parameter" "amazon_linux_2023" {
  name = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"
}

resource "aws_vpc" "ha_vpc" {
  cidr_block           = "10.0.0.0/16"
  enable_dns_support   = true
  enable_dns_hostnames = true
  tags = {
    Name              = var.names["ha-vpc"]
    "vpcd:logical-id" = "ha-vpc"
  }
}

resource "aws_subnet" "app_a" {
  vpc_id                  = aws_vpc.ha_vpc.id
  cidr_block              = "10.0.10.0/24"
  availability_zone       = "${var.region}a"
  map_public_ip_on_launch = false
  tags = {
    Name              = var.names["app-a"]
    "vpcd:logical-id" = "app-a"
  }
}

resource "aws_subnet" "app_c" {
  vpc_id                  = aws_vpc.ha_vpc.id
  cidr_block              = "10.0.11.0/24"
  availability_zone       = "${var.region}c"
  map_public_ip_on_launch = false
  tags = {
    Name              = var.names["app-c"]
    "vpcd:logical-id" = "app-c"
  }
}

resource "aws_subnet" "data_a" {
  vpc_id                  = aws_vpc.ha_vpc.id
  cidr_block              = "10.0.20.0/24"
  availability_zone       = "${var.region}a"
  map_public_ip_on_launch = false
  tags = {
    Name              = var.names["data-a"]
    "vpcd:logical-id" = "data-a"
  }
}

resource "aws_subnet" "data_c" {
  vpc_id                  = aws_vpc.ha_vpc.id
  cidr_block              = "10.0.21.0/24"
  availability_zone       = "${var.region}c"
  map_public_ip_on_launch = false
  tags = {
    Name              = var.names["data-c"]
    "vpcd:logical-id" = "data-c"
  }
}

resource "aws_subnet" "public_a" {
  vpc_id                  = aws_vpc.ha_vpc.id
  cidr_block              = "10.0.0.0/24"
  availability_zone       = "${var.region}a"
  map_public_ip_on_launch = true
  tags = {
    Name              = var.names["public-a"]
    "vpcd:logical-id" = "public-a"
  }
}

resource "aws_subnet" "public_c" {
  vpc_id                  = aws_vpc.ha_vpc.id
  cidr_block              = "10.0.1.0/24"
  availability_zone       = "${var.region}c"
  map_public_ip_on_launch = true
  tags = {
    Name              = var.names["public-c"]
    "vpcd:logical-id" = "public-c"
  }
}

resource "aws_internet_gateway" "ha_igw" {
  vpc_id = aws_vpc.ha_vpc.id
  tags = {
    Name              = var.names["ha-igw"]
    "vpcd:logical-id" = "ha-igw"
  }
}

resource "aws_eip" "nat_eip_a" {
  domain = "vpc"
  tags = {
    Name              = var.names["nat-eip-a"]
    "vpcd:logical-id" = "nat-eip-a"
  }
}

resource "aws_eip" "nat_eip_c" {
  domain = "vpc"
  tags = {
    Name              = var.names["nat-eip-c"]
    "vpcd:logical-id" = "nat-eip-c"
  }
}

resource "aws_nat_gateway" "nat_a" {
  allocation_id = aws_eip.nat_eip_a.id
  subnet_id     = aws_subnet.public_a.id
  tags = {
    Name              = var.names["nat-a"]
    "vpcd:logical-id" = "nat-a"
  }

  depends_on = [aws_internet_gateway.ha_igw]
}

resource "aws_nat_gateway" "nat_c" {
  allocation_id = aws_eip.nat_eip_c.id
  subnet_id     = aws_subnet.public_c.id
  tags = {
    Name              = var.names["nat-c"]
    "vpcd:logical-id" = "nat-c"
  }

  depends_on = [aws_internet_gateway.ha_igw]
}

resource "aws_route_table" "app_rt_a" {
  vpc_id = aws_vpc.ha_vpc.id
  tags = {
    Name              = var.names["app-rt-a"]
    "vpcd:logical-id" = "app-rt-a"
  }
}

resource "aws_route" "app_rt_a_0_0_0_0_0" {
  route_table_id         = aws_route_table.app_rt_a.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.nat_a.id
}

resource "aws_route_table_association" "app_a" {
  subnet_id      = aws_subnet.app_a.id
  route_table_id = aws_route_table.app_rt_a.id
}

resource "aws_route_table" "app_rt_c" {
  vpc_id = aws_vpc.ha_vpc.id
  tags = {
    Name              = var.names["app-rt-c"]
    "vpcd:logical-id" = "app-rt-c"
  }
}

resource "aws_route" "app_rt_c_0_0_0_0_0" {
  route_table_id         = aws_route_table.app_rt_c.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.nat_c.id
}

resource "aws_route_table_association" "app_c" {
  subnet_id      = aws_subnet.app_c.id
  route_table_id = aws_route_table.app_rt_c.id
}

resource "aws_route_table" "data_rt" {
  vpc_id = aws_vpc.ha_vpc.id
  tags = {
    Name              = var.names["data-rt"]
    "vpcd:logical-id" = "data-rt"
  }
}

resource "aws_route_table_association" "data_a" {
  subnet_id      = aws_subnet.data_a.id
  route_table_id = aws_route_table.data_rt.id
}

resource "aws_route_table_association" "data_c" {
  subnet_id      = aws_subnet.data_c.id
  route_table_id = aws_route_table.data_rt.id
}

resource "aws_route_table" "public_rt" {
  vpc_id = aws_vpc.ha_vpc.id
  tags = {
    Name              = var.names["public-rt"]
    "vpcd:logical-id" = "public-rt"
  }
}

resource "aws_route" "public_rt_0_0_0_0_0" {
  route_table_id         = aws_route_table.public_rt.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.ha_igw.id
}

resource "aws_route_table_association" "public_a" {
  subnet_id      = aws_subnet.public_a.id
  route_table_id = aws_route_table.public_rt.id
}

resource "aws_route_table_association" "public_c" {
  subnet_id      = aws_subnet.public_c.id
  route_table_id = aws_route_table.public_rt.id
}

resource "aws_security_group" "alb_sg" {
  name        = var.names["alb-sg"]
  description = "HTTP and HTTPS from the internet"
  vpc_id      = aws_vpc.ha_vpc.id
  tags = {
    Name              = var.names["alb-sg"]
    "vpcd:logical-id" = "alb-sg"
  }
}

resource "aws_vpc_security_group_ingress_rule" "alb_sg_in_0" {
  security_group_id = aws_security_group.alb_sg.id
  ip_protocol       = "tcp"
  from_port         = 80
  to_port           = 80
  cidr_ipv4         = "0.0.0.0/0"
  description       = "HTTP"
}

resource "aws_vpc_security_group_ingress_rule" "alb_sg_in_1" {
  security_group_id = aws_security_group.alb_sg.id
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "0.0.0.0/0"
  description       = "HTTPS"
}

resource "aws_vpc_security_group_egress_rule" "alb_sg_out_0" {
  security_group_id = aws_security_group.alb_sg.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"
  description       = "all outbound"
}

resource "aws_security_group" "app_sg" {
  name        = var.names["app-sg"]
  description = "HTTP from the load balancer only"
  vpc_id      = aws_vpc.ha_vpc.id
  tags = {
    Name              = var.names["app-sg"]
    "vpcd:logical-id" = "app-sg"
  }
}

resource "aws_vpc_security_group_ingress_rule" "app_sg_in_0" {
  security_group_id            = aws_security_group.app_sg.id
  ip_protocol                  = "tcp"
  from_port                    = 80
  to_port                      = 80
  referenced_security_group_id = aws_security_group.alb_sg.id
  description                  = "HTTP from ALB"
}

resource "aws_vpc_security_group_egress_rule" "app_sg_out_0" {
  security_group_id = aws_security_group.app_sg.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"
  description       = "all outbound"
}

resource "aws_security_group" "data_sg" {
  name        = var.names["data-sg"]
  description = "PostgreSQL from the app tier only"
  vpc_id      = aws_vpc.ha_vpc.id
  tags = {
    Name              = var.names["data-sg"]
    "vpcd:logical-id" = "data-sg"
  }
}

resource "aws_vpc_security_group_ingress_rule" "data_sg_in_0" {
  security_group_id            = aws_security_group.data_sg.id
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
  referenced_security_group_id = aws_security_group.app_sg.id
  description                  = "PostgreSQL from app"
}

resource "aws_vpc_security_group_egress_rule" "data_sg_out_0" {
  security_group_id = aws_security_group.data_sg.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"
  description       = "all outbound"
}

resource "aws_instance" "app_1" {
  ami                         = data.aws_ssm_parameter.amazon_linux_2023.insecure_value
  instance_type               = "t3.small"
  subnet_id                   = aws_subnet.app_a.id
  vpc_security_group_ids      = [aws_security_group.app_sg.id]
  associate_public_ip_address = false
  user_data_base64            = "IyEvYmluL2Jhc2gKIyBWUEMgRGVzaWduZXIgdGVtcGxhdGU6IG5naW54IHNlcnZpbmcgYSBwYWdlIHdpdGggdGhpcyBpbnN0YW5jZSdzIGhvc3QgbmFtZS4Kc2V0IC1ldXhvIHBpcGVmYWlsCmlmIGNvbW1hbmQgLXYgYXB0LWdldCA+L2Rldi9udWxsOyB0aGVuCiAgZXhwb3J0IERFQklBTl9GUk9OVEVORD1ub25pbnRlcmFjdGl2ZQogIGFwdC1nZXQgdXBkYXRlIC15CiAgYXB0LWdldCBpbnN0YWxsIC15IG5naW54CiAgUk9PVD0vdmFyL3d3dy9odG1sCmVsc2UKICBkbmYgaW5zdGFsbCAteSBuZ2lueAogIFJPT1Q9L3Vzci9zaGFyZS9uZ2lueC9odG1sCmZpCmVjaG8gIjxoMT5IZWxsbyBmcm9tICQoaG9zdG5hbWUpPC9oMT4iID4gIiRST09UL2luZGV4Lmh0bWwiCnN5c3RlbWN0bCBlbmFibGUgLS1ub3cgbmdpbngK"
  tags = {
    Name              = var.names["app-1"]
    "vpcd:logical-id" = "app-1"
  }
}

resource "aws_instance" "app_2" {
  ami                         = data.aws_ssm_parameter.amazon_linux_2023.insecure_value
  instance_type               = "t3.small"
  subnet_id                   = aws_subnet.app_c.id
  vpc_security_group_ids      = [aws_security_group.app_sg.id]
  associate_public_ip_address = false
  user_data_base64            = "IyEvYmluL2Jhc2gKIyBWUEMgRGVzaWduZXIgdGVtcGxhdGU6IG5naW54IHNlcnZpbmcgYSBwYWdlIHdpdGggdGhpcyBpbnN0YW5jZSdzIGhvc3QgbmFtZS4Kc2V0IC1ldXhvIHBpcGVmYWlsCmlmIGNvbW1hbmQgLXYgYXB0LWdldCA+L2Rldi9udWxsOyB0aGVuCiAgZXhwb3J0IERFQklBTl9GUk9OVEVORD1ub25pbnRlcmFjdGl2ZQogIGFwdC1nZXQgdXBkYXRlIC15CiAgYXB0LWdldCBpbnN0YWxsIC15IG5naW54CiAgUk9PVD0vdmFyL3d3dy9odG1sCmVsc2UKICBkbmYgaW5zdGFsbCAteSBuZ2lueAogIFJPT1Q9L3Vzci9zaGFyZS9uZ2lueC9odG1sCmZpCmVjaG8gIjxoMT5IZWxsbyBmcm9tICQoaG9zdG5hbWUpPC9oMT4iID4gIiRST09UL2luZGV4Lmh0bWwiCnN5c3RlbWN0bCBlbmFibGUgLS1ub3cgbmdpbngK"
  tags = {
    Name              = var.names["app-2"]
    "vpcd:logical-id" = "app-2"
  }
}

resource "aws_lb_target_group" "app_tg" {
  name        = var.names["app-tg"]
  port        = 80
  protocol    = "HTTP"
  target_type = "instance"
  vpc_id      = aws_vpc.ha_vpc.id
  tags = {
    Name              = var.names["app-tg"]
    "vpcd:logical-id" = "app-tg"
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

resource "aws_lb_target_group_attachment" "app_tg_app_1" {
  target_group_arn = aws_lb_target_group.app_tg.arn
  target_id        = aws_instance.app_1.id
  port             = 80
}

resource "aws_lb_target_group_attachment" "app_tg_app_2" {
  target_group_arn = aws_lb_target_group.app_tg.arn
  target_id        = aws_instance.app_2.id
  port             = 80
}

resource "aws_lb" "web_alb" {
  name               = var.names["web-alb"]
  internal           = false
  load_balancer_type = "application"
  subnets            = [aws_subnet.public_a.id, aws_subnet.public_c.id]
  security_groups    = [aws_security_group.alb_sg.id]
  tags = {
    Name              = var.names["web-alb"]
    "vpcd:logical-id" = "web-alb"
  }
}

resource "aws_lb_listener" "web_alb_http_80" {
  load_balancer_arn = aws_lb.web_alb.arn
  port              = 80
  protocol          = "HTTP"
  tags = {
    Name              = var.names["web-alb"]
    "vpcd:logical-id" = "web-alb"
  }
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.app_tg.arn
  }
}
