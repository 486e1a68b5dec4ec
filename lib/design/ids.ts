import { z } from "zod";

/**
 * Entity ids are design-local, lowercase, and unique across every collection of a document
 * (the layout section is keyed by them). They end up in step ids (`create:subnet:public-a`)
 * and in the `vpcd:logical-id` tag, so they avoid ':' and spaces.
 */
export const ENTITY_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;

const entityId = <B extends string>(_brand: B) =>
  z
    .string()
    .regex(ENTITY_ID_PATTERN, "ids are 1–63 lowercase letters, digits and '-', starting with a letter or digit")
    .brand<B>();

export const VpcIdSchema = entityId("VpcId");
export const SubnetIdSchema = entityId("SubnetId");
export const InternetGatewayIdSchema = entityId("InternetGatewayId");
export const NatGatewayIdSchema = entityId("NatGatewayId");
export const ElasticIpIdSchema = entityId("ElasticIpId");
export const RouteTableIdSchema = entityId("RouteTableId");
export const SecurityGroupIdSchema = entityId("SecurityGroupId");
export const InstanceIdSchema = entityId("InstanceId");
export const LoadBalancerIdSchema = entityId("LoadBalancerId");
export const TargetGroupIdSchema = entityId("TargetGroupId");

export type VpcId = z.infer<typeof VpcIdSchema>;
export type SubnetId = z.infer<typeof SubnetIdSchema>;
export type InternetGatewayId = z.infer<typeof InternetGatewayIdSchema>;
export type NatGatewayId = z.infer<typeof NatGatewayIdSchema>;
export type ElasticIpId = z.infer<typeof ElasticIpIdSchema>;
export type RouteTableId = z.infer<typeof RouteTableIdSchema>;
export type SecurityGroupId = z.infer<typeof SecurityGroupIdSchema>;
export type InstanceId = z.infer<typeof InstanceIdSchema>;
export type LoadBalancerId = z.infer<typeof LoadBalancerIdSchema>;
export type TargetGroupId = z.infer<typeof TargetGroupIdSchema>;

/** Any entity id; layout and findings use it. */
export type EntityId =
  | VpcId
  | SubnetId
  | InternetGatewayId
  | NatGatewayId
  | ElasticIpId
  | RouteTableId
  | SecurityGroupId
  | InstanceId
  | LoadBalancerId
  | TargetGroupId;
