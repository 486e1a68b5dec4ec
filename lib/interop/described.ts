/**
 * What the importer reads from AWS, in the shapes of the EC2 and ELBv2 describe answers (only
 * the fields the conversion uses). Declared here so the conversion stays pure and testable
 * without the SDK; the server's reader fills it.
 */
export type Tag = { Key?: string; Value?: string };

/** Route targets the design does not model; an import lists routes through them. */
export const OTHER_ROUTE_TARGETS = ["VpcPeeringConnectionId", "TransitGatewayId", "InstanceId", "NetworkInterfaceId", "EgressOnlyInternetGatewayId", "CarrierGatewayId", "LocalGatewayId", "CoreNetworkArn"] as const;

export type DescribedVpc = {
  region: string;
  vpc: { VpcId?: string; CidrBlock?: string; Tags?: Tag[]; CidrBlockAssociationSet?: Array<{ CidrBlock?: string }>; Ipv6CidrBlockAssociationSet?: unknown[] };
  subnets: Array<{ SubnetId?: string; CidrBlock?: string; AvailabilityZone?: string; MapPublicIpOnLaunch?: boolean; Tags?: Tag[] }>;
  internetGateways: Array<{ InternetGatewayId?: string; Tags?: Tag[] }>;
  natGateways: Array<{ NatGatewayId?: string; SubnetId?: string; ConnectivityType?: string; NatGatewayAddresses?: Array<{ AllocationId?: string }>; Tags?: Tag[] }>;
  addresses: Array<{ AllocationId?: string; PublicIp?: string; Tags?: Tag[] }>;
  routeTables: Array<{
    RouteTableId?: string;
    Tags?: Tag[];
    Associations?: Array<{ Main?: boolean; SubnetId?: string; RouteTableAssociationId?: string }>;
    Routes?: Array<{ DestinationCidrBlock?: string; DestinationIpv6CidrBlock?: string; DestinationPrefixListId?: string; GatewayId?: string; NatGatewayId?: string } & Partial<Record<(typeof OTHER_ROUTE_TARGETS)[number], string>>>;
  }>;
  securityGroups: Array<{ GroupId?: string; GroupName?: string; Description?: string; Tags?: Tag[]; IpPermissions?: Permission[]; IpPermissionsEgress?: Permission[] }>;
  instances: Array<{
    InstanceId?: string;
    InstanceType?: string;
    SubnetId?: string;
    ImageId?: string;
    PublicIpAddress?: string;
    PrivateIpAddress?: string;
    Tags?: Tag[];
    SecurityGroups?: Array<{ GroupId?: string }>;
    NetworkInterfaces?: Array<{ Groups?: Array<{ GroupId?: string }>; Attachment?: { DeviceIndex?: number } }>;
    KeyName?: string;
    IamInstanceProfile?: { Arn?: string };
    State?: { Name?: string };
    /** Decoded user data (DescribeInstanceAttribute), "" when there is none. */
    userData: string;
  }>;
  networkAcls: Array<{ NetworkAclId?: string; IsDefault?: boolean; Entries?: Array<{ RuleNumber?: number; RuleAction?: string; Protocol?: string; CidrBlock?: string; Egress?: boolean }> }>;
  vpcEndpoints: Array<{ VpcEndpointId?: string; ServiceName?: string }>;
  /** Image names by ImageId (DescribeImages), to tell which image choice an instance runs. */
  imageNames: Record<string, string>;
  targetGroups: Array<{
    TargetGroupArn?: string;
    TargetGroupName?: string;
    Protocol?: string;
    Port?: number;
    TargetType?: string;
    HealthCheckProtocol?: string;
    HealthCheckPath?: string;
    HealthCheckPort?: string;
    HealthCheckIntervalSeconds?: number;
    HealthCheckTimeoutSeconds?: number;
    HealthyThresholdCount?: number;
    UnhealthyThresholdCount?: number;
    Matcher?: { HttpCode?: string };
    /** Registered target ids (DescribeTargetHealth). */
    targetIds: string[];
    Tags?: Tag[];
  }>;
  loadBalancers: Array<{
    LoadBalancerArn?: string;
    LoadBalancerName?: string;
    DNSName?: string;
    Type?: string;
    Scheme?: string;
    AvailabilityZones?: Array<{ SubnetId?: string }>;
    SecurityGroups?: string[];
    Tags?: Tag[];
    listeners: Array<{ ListenerArn?: string; Protocol?: string; Port?: number; Certificates?: Array<{ CertificateArn?: string }>; DefaultActions?: Array<{ Type?: string; TargetGroupArn?: string; ForwardConfig?: { TargetGroups?: Array<{ TargetGroupArn?: string }> } }> }>;
  }>;
};

export type Permission = {
  IpProtocol?: string;
  FromPort?: number;
  ToPort?: number;
  IpRanges?: Array<{ CidrIp?: string; Description?: string }>;
  Ipv6Ranges?: unknown[];
  PrefixListIds?: unknown[];
  UserIdGroupPairs?: Array<{ GroupId?: string; Description?: string }>;
};
