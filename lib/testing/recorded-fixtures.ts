import type { RecordedResource } from "../plan/recorded";

/** The seed lab as its journal records it (sub-resources included), for plan tests. */
export function seedLabRecorded(): RecordedResource[] {
  const r = (logicalId: string, kind: string, awsId: string, attributes: Record<string, string> = {}): RecordedResource => ({ logicalId, kind, awsId, attributes });
  return [
    r("lab-vpc", "vpc", "vpc-1"),
    r("private-a", "subnet", "subnet-pa"),
    r("public-a", "subnet", "subnet-pua"),
    r("public-c", "subnet", "subnet-puc"),
    r("public-nat", "subnet", "subnet-pn"),
    r("lab-igw", "internet-gateway", "igw-1"),
    r("lab-igw", "igw-attachment", "igw-1"),
    r("nat-eip", "elastic-ip", "eipalloc-1"),
    r("lab-nat", "nat-gateway", "nat-1"),
    r("public-rt", "route-table", "rtb-pub"),
    r("public-rt", "route", "rtb-pub"),
    r("private-rt", "route-table", "rtb-priv"),
    r("lab-sg", "security-group", "sg-1"),
    r("lab-sg", "security-group-rules", "sg-1"),
    r("web-a", "instance", "i-a"),
    r("web-c", "instance", "i-c"),
    r("app-a", "instance", "i-app"),
    r("web-tg", "target-group", "arn:aws:elasticloadbalancing:ap-northeast-2:123456789012:targetgroup/web-tg/1"),
    r("lab-alb", "load-balancer", "arn:aws:elasticloadbalancing:ap-northeast-2:123456789012:loadbalancer/app/lab-alb/50dc6c495c0c9188"),
    r("lab-alb", "listener", "arn:aws:elasticloadbalancing:ap-northeast-2:123456789012:listener/app/lab-alb/50dc6c495c0c9188/f2f7dc8efc522ab2"),
  ];
}
