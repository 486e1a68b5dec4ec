import "server-only";
import * as E from "@aws-sdk/client-ec2";
import * as L from "@aws-sdk/client-elastic-load-balancing-v2";

/** Every EC2 call the app makes, by AWS action name. Nothing else goes through the port. */
export const EC2_ACTIONS = {
  CreateVpc: E.CreateVpcCommand,
  DescribeVpcs: E.DescribeVpcsCommand,
  ModifyVpcAttribute: E.ModifyVpcAttributeCommand,
  DescribeVpcAttribute: E.DescribeVpcAttributeCommand,
  DeleteVpc: E.DeleteVpcCommand,
  CreateSubnet: E.CreateSubnetCommand,
  DescribeSubnets: E.DescribeSubnetsCommand,
  ModifySubnetAttribute: E.ModifySubnetAttributeCommand,
  DeleteSubnet: E.DeleteSubnetCommand,
  CreateInternetGateway: E.CreateInternetGatewayCommand,
  DescribeInternetGateways: E.DescribeInternetGatewaysCommand,
  AttachInternetGateway: E.AttachInternetGatewayCommand,
  DetachInternetGateway: E.DetachInternetGatewayCommand,
  DeleteInternetGateway: E.DeleteInternetGatewayCommand,
  CreateRouteTable: E.CreateRouteTableCommand,
  DescribeRouteTables: E.DescribeRouteTablesCommand,
  DeleteRouteTable: E.DeleteRouteTableCommand,
  CreateRoute: E.CreateRouteCommand,
  DeleteRoute: E.DeleteRouteCommand,
  AssociateRouteTable: E.AssociateRouteTableCommand,
  DisassociateRouteTable: E.DisassociateRouteTableCommand,
  AllocateAddress: E.AllocateAddressCommand,
  DescribeAddresses: E.DescribeAddressesCommand,
  ReleaseAddress: E.ReleaseAddressCommand,
  CreateNatGateway: E.CreateNatGatewayCommand,
  DescribeNatGateways: E.DescribeNatGatewaysCommand,
  DeleteNatGateway: E.DeleteNatGatewayCommand,
  CreateSecurityGroup: E.CreateSecurityGroupCommand,
  DescribeSecurityGroups: E.DescribeSecurityGroupsCommand,
  DeleteSecurityGroup: E.DeleteSecurityGroupCommand,
  AuthorizeSecurityGroupIngress: E.AuthorizeSecurityGroupIngressCommand,
  AuthorizeSecurityGroupEgress: E.AuthorizeSecurityGroupEgressCommand,
  RevokeSecurityGroupIngress: E.RevokeSecurityGroupIngressCommand,
  RevokeSecurityGroupEgress: E.RevokeSecurityGroupEgressCommand,
  RunInstances: E.RunInstancesCommand,
  DescribeInstances: E.DescribeInstancesCommand,
  DescribeInstanceStatus: E.DescribeInstanceStatusCommand,
  GetConsoleOutput: E.GetConsoleOutputCommand,
  DescribeNetworkInterfaces: E.DescribeNetworkInterfacesCommand,
  DescribeVolumes: E.DescribeVolumesCommand,
  DescribeInstanceAttribute: E.DescribeInstanceAttributeCommand,
  DescribeNetworkAcls: E.DescribeNetworkAclsCommand,
  DescribeVpcEndpoints: E.DescribeVpcEndpointsCommand,
  TerminateInstances: E.TerminateInstancesCommand,
  DescribeImages: E.DescribeImagesCommand,
  DescribeRegions: E.DescribeRegionsCommand,
  DescribeAvailabilityZones: E.DescribeAvailabilityZonesCommand,
  DescribeInstanceTypeOfferings: E.DescribeInstanceTypeOfferingsCommand,
  DescribeAccountAttributes: E.DescribeAccountAttributesCommand,
  CreateTags: E.CreateTagsCommand,
  ReplaceRouteTableAssociation: E.ReplaceRouteTableAssociationCommand,
} as const;

/** Every ELBv2 call the app makes. */
export const ELB_ACTIONS = {
  CreateTargetGroup: L.CreateTargetGroupCommand,
  DescribeTargetGroups: L.DescribeTargetGroupsCommand,
  DeleteTargetGroup: L.DeleteTargetGroupCommand,
  CreateLoadBalancer: L.CreateLoadBalancerCommand,
  DescribeLoadBalancers: L.DescribeLoadBalancersCommand,
  DeleteLoadBalancer: L.DeleteLoadBalancerCommand,
  CreateListener: L.CreateListenerCommand,
  DescribeListeners: L.DescribeListenersCommand,
  DeleteListener: L.DeleteListenerCommand,
  RegisterTargets: L.RegisterTargetsCommand,
  DeregisterTargets: L.DeregisterTargetsCommand,
  DescribeTargetHealth: L.DescribeTargetHealthCommand,
  DescribeTags: L.DescribeTagsCommand,
  DescribeAccountLimits: L.DescribeAccountLimitsCommand,
} as const;

type Ctor = abstract new (input: never) => unknown;
type Resolved<T> = T extends { resolveMiddleware(a: never, b: never, c: never): (...args: never[]) => Promise<infer R> } ? R : never;

export type Ec2Action = keyof typeof EC2_ACTIONS;
export type ElbAction = keyof typeof ELB_ACTIONS;
export type InputOf<C extends Ctor> = NonNullable<ConstructorParameters<C>[0]>;
export type OutputOf<C extends Ctor> = Resolved<InstanceType<C>> extends { output: infer O } ? O : never;
export type Ec2Input<A extends Ec2Action> = InputOf<(typeof EC2_ACTIONS)[A]>;
export type Ec2Output<A extends Ec2Action> = OutputOf<(typeof EC2_ACTIONS)[A]>;
export type ElbInput<A extends ElbAction> = InputOf<(typeof ELB_ACTIONS)[A]>;
export type ElbOutput<A extends ElbAction> = OutputOf<(typeof ELB_ACTIONS)[A]>;
