/**
 * A link to the resource in the AWS console (real accounts only; the sandbox has no console).
 *
 * @example consoleUrl("vpc", "vpc-1", "ap-northeast-2") ===
 *   "https://ap-northeast-2.console.aws.amazon.com/vpcconsole/home?region=ap-northeast-2#VpcDetails:VpcId=vpc-1"
 */
export function consoleUrl(kind: string, awsId: string, region: string): string | undefined {
  const vpc = `https://${region}.console.aws.amazon.com/vpcconsole/home?region=${region}#`;
  const ec2 = `https://${region}.console.aws.amazon.com/ec2/home?region=${region}#`;
  const id = encodeURIComponent(awsId);
  const pages: Record<string, string> = {
    vpc: `${vpc}VpcDetails:VpcId=${id}`,
    subnet: `${vpc}SubnetDetails:subnetId=${id}`,
    "internet-gateway": `${vpc}InternetGateway:internetGatewayId=${id}`,
    "route-table": `${vpc}RouteTableDetails:RouteTableId=${id}`,
    "nat-gateway": `${vpc}NatGatewayDetails:natGatewayId=${id}`,
    "elastic-ip": `${ec2}ElasticIpDetails:AllocationId=${id}`,
    "security-group": `${ec2}SecurityGroup:groupId=${id}`,
    instance: `${ec2}InstanceDetails:instanceId=${id}`,
    "load-balancer": `${ec2}LoadBalancer:loadBalancerArn=${id}`,
    "target-group": `${ec2}TargetGroup:targetGroupArn=${id}`,
  };
  return pages[kind];
}
