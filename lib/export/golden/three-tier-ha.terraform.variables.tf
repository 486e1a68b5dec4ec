# Variables of "Three-tier, two AZs", exported by VPC Designer.
# Resources carry the tags Name and vpcd:deployment (var.deployment), so the app's sweep finds them.

variable "region" {
  type        = string
  description = "AWS region to build in."
  default     = "ap-northeast-2"
}

variable "deployment" {
  type        = string
  description = "Value of the vpcd:deployment tag on every resource."
  default     = "export-three-tier-two-azs"
}

variable "names" {
  type        = map(string)
  description = "Name of each resource by design id (Name tag; group, target group and load balancer names)."
  default = {
    ha-vpc    = "ha-vpc"
    app-a     = "app-a"
    app-c     = "app-c"
    data-a    = "data-a"
    data-c    = "data-c"
    public-a  = "public-a"
    public-c  = "public-c"
    ha-igw    = "ha-igw"
    nat-eip-a = "nat-eip-a"
    nat-eip-c = "nat-eip-c"
    nat-a     = "nat-a"
    nat-c     = "nat-c"
    app-rt-a  = "app-rt-a"
    app-rt-c  = "app-rt-c"
    data-rt   = "data-rt"
    public-rt = "public-rt"
    alb-sg    = "alb-sg"
    app-sg    = "app-sg"
    data-sg   = "data-sg"
    app-1     = "app-1"
    app-2     = "app-2"
    app-tg    = "app-tg"
    web-alb   = "web-alb"
  }
}
