# Variables of "Single web server", exported by VPC Designer.
# Resources carry the tags Name and vpcd:deployment (var.deployment), so the app's sweep finds them.

variable "region" {
  type        = string
  description = "AWS region to build in."
  default     = "ap-northeast-2"
}

variable "deployment" {
  type        = string
  description = "Value of the vpcd:deployment tag on every resource."
  default     = "export-single-web-server"
}

variable "names" {
  type        = map(string)
  description = "Name of each resource by design id (Name tag; group, target group and load balancer names)."
  default = {
    web-vpc   = "web-vpc"
    public-a  = "public-a"
    web-igw   = "web-igw"
    public-rt = "public-rt"
    web-sg    = "web-sg"
    web       = "web"
  }
}
