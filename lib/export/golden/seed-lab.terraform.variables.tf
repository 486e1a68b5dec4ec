# Variables of "KTB seed lab", exported by VPC Designer.
# Resources carry the tags Name and vpcd:deployment (var.deployment), so the app's sweep finds them.

variable "region" {
  type        = string
  description = "AWS region to build in."
  default     = "ap-northeast-2"
}

variable "deployment" {
  type        = string
  description = "Value of the vpcd:deployment tag on every resource."
  default     = "export-ktb-seed-lab"
}

variable "names" {
  type        = map(string)
  description = "Name of each resource by design id (Name tag; group, target group and load balancer names)."
  default = {
    lab-vpc    = "lab-vpc"
    private-a  = "private-a"
    public-a   = "public-a"
    public-c   = "public-c"
    public-nat = "public-nat"
    lab-igw    = "lab-igw"
    nat-eip    = "nat-eip"
    lab-nat    = "lab-nat"
    private-rt = "private-rt"
    public-rt  = "public-rt"
    lab-sg     = "lab-sg"
    app-a      = "app-a"
    web-a      = "web-a"
    web-c      = "web-c"
    web-tg     = "web-tg"
    lab-alb    = "lab-alb"
  }
}
