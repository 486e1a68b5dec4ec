import { z } from "zod";
import { parseCidr } from "../cidr/parse";
import {
  ElasticIpIdSchema,
  InstanceIdSchema,
  InternetGatewayIdSchema,
  LoadBalancerIdSchema,
  NatGatewayIdSchema,
  RouteTableIdSchema,
  SecurityGroupIdSchema,
  SubnetIdSchema,
  TargetGroupIdSchema,
  VpcIdSchema,
} from "./ids";
import { ENTITY_COLLECTIONS, SCHEMA_VERSION } from "./constants";

// Plain constants live in constants.ts so code that needs only them (the browser's first
// screen) does not load the schema library; they stay exported from here as before.
export { ENTITY_COLLECTIONS, KIND_OF_COLLECTION, SCHEMA_VERSION, type EntityCollection, type EntityKind } from "./constants";


/** An IPv4 CIDR written in canonical form (no host bits). Its size limits are rules, not shape. */
export const CidrSchema = z.string().superRefine((text, ctx) => {
  const parsed = parseCidr(text);
  if (!parsed.ok) ctx.addIssue({ code: "custom", message: parsed.error.message });
});

const NameSchema = z.string().trim().min(1, "a name is required").max(255, "names are at most 255 characters");

export const RegionSchema = z
  .string()
  .regex(/^[a-z]{2}(-[a-z]+)+-\d{1,2}$/, "a region looks like ap-northeast-2 or us-east-1");

export const AvailabilityZoneSchema = z
  .string()
  .regex(/^[a-z]{2}(-[a-z]+)+-\d{1,2}[a-z]$/, "an availability zone looks like ap-northeast-2a");

export const VpcSchema = z.strictObject({
  id: VpcIdSchema,
  name: NameSchema,
  cidr: CidrSchema,
});

export const SubnetSchema = z.strictObject({
  id: SubnetIdSchema,
  name: NameSchema,
  vpcId: VpcIdSchema,
  availabilityZone: AvailabilityZoneSchema,
  cidr: CidrSchema,
  /** MapPublicIpOnLaunch. Whether the subnet is *public* is derived from routing, never from this. */
  mapPublicIpOnLaunch: z.boolean(),
});

export const InternetGatewaySchema = z.strictObject({
  id: InternetGatewayIdSchema,
  name: NameSchema,
  /** The VPC it is attached to, or null while detached. */
  vpcId: VpcIdSchema.nullable(),
});

export const ElasticIpSchema = z.strictObject({
  id: ElasticIpIdSchema,
  name: NameSchema,
});

export const NatGatewaySchema = z.strictObject({
  id: NatGatewayIdSchema,
  name: NameSchema,
  subnetId: SubnetIdSchema,
  /** A public NAT gateway needs one; null is a rule error, not a shape error, so a half-drawn design loads. */
  elasticIpId: ElasticIpIdSchema.nullable(),
});

export const RouteTargetSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("local") }),
  z.strictObject({ kind: z.literal("internet-gateway"), internetGatewayId: InternetGatewayIdSchema }),
  z.strictObject({ kind: z.literal("nat-gateway"), natGatewayId: NatGatewayIdSchema }),
]);

export const RouteSchema = z.strictObject({
  destination: CidrSchema,
  target: RouteTargetSchema,
});

export const RouteTableSchema = z.strictObject({
  id: RouteTableIdSchema,
  name: NameSchema,
  vpcId: VpcIdSchema,
  /** The VPC's main table: subnets with no explicit association use it. */
  isMain: z.boolean(),
  /** Routes besides the implicit `local` route AWS adds for the VPC CIDR. */
  routes: z.array(RouteSchema),
  /** Explicit subnet associations. */
  subnetIds: z.array(SubnetIdSchema),
});

const PortSchema = z.number().int().min(0).max(65535);

export const RuleSourceSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("cidr"), cidr: CidrSchema }),
  z.strictObject({ kind: z.literal("security-group"), securityGroupId: SecurityGroupIdSchema }),
]);

export const SecurityGroupRuleSchema = z
  .strictObject({
    protocol: z.enum(["tcp", "udp", "icmp", "all"]),
    /** For tcp/udp the port range; ignored (0..65535 by convention) for icmp and all. */
    fromPort: PortSchema,
    toPort: PortSchema,
    /** Source for ingress, destination for egress. */
    peer: RuleSourceSchema,
    description: z.string().max(255).default(""),
  })
  .refine((r) => r.fromPort <= r.toPort, { message: "fromPort must not be greater than toPort", path: ["toPort"] });

export const SecurityGroupSchema = z.strictObject({
  id: SecurityGroupIdSchema,
  name: NameSchema,
  description: z.string().max(255).default(""),
  vpcId: VpcIdSchema,
  ingress: z.array(SecurityGroupRuleSchema),
  /** AWS creates an allow-all egress rule; the design lists egress explicitly. */
  egress: z.array(SecurityGroupRuleSchema),
});

/** Images resolved per region at deploy time (docs/aws-facts.md §5.3), never a hard-coded ami-… id. */
export const ImageChoiceSchema = z.enum(["ubuntu-24.04", "amazon-linux-2023"]);

export const InstanceSchema = z.strictObject({
  id: InstanceIdSchema,
  name: NameSchema,
  instanceType: z.string().regex(/^[a-z][a-z0-9-]*\.[a-z0-9]+$/, "an instance type looks like t3.micro"),
  subnetId: SubnetIdSchema,
  securityGroupIds: z.array(SecurityGroupIdSchema),
  image: ImageChoiceSchema,
  associatePublicIp: z.boolean(),
  /** Plain text; the engine base64-encodes it (SDK v3 does not). */
  userData: z.string().default(""),
});

export const HealthCheckSchema = z.strictObject({
  protocol: z.enum(["HTTP", "HTTPS"]),
  path: z.string().startsWith("/", "a health-check path starts with /"),
  port: z.union([z.literal("traffic-port"), PortSchema]),
  intervalSeconds: z.number().int().min(5).max(300),
  timeoutSeconds: z.number().int().min(2).max(120),
  healthyThreshold: z.number().int().min(2).max(10),
  unhealthyThreshold: z.number().int().min(2).max(10),
  matcher: z.string().regex(/^\d{3}([,-]\d{3})*$/, "a matcher is an HTTP code or list, e.g. 200 or 200-299"),
});

export const TargetGroupSchema = z.strictObject({
  id: TargetGroupIdSchema,
  name: NameSchema,
  vpcId: VpcIdSchema,
  protocol: z.enum(["HTTP", "HTTPS"]),
  port: PortSchema.min(1),
  healthCheck: HealthCheckSchema,
  /** Registered instances (target type `instance`). */
  targets: z.array(InstanceIdSchema),
});

export const ListenerSchema = z.strictObject({
  protocol: z.enum(["HTTP", "HTTPS"]),
  port: PortSchema.min(1),
  targetGroupId: TargetGroupIdSchema,
});

export const LoadBalancerSchema = z.strictObject({
  id: LoadBalancerIdSchema,
  name: NameSchema,
  scheme: z.enum(["internet-facing", "internal"]),
  subnetIds: z.array(SubnetIdSchema),
  securityGroupIds: z.array(SecurityGroupIdSchema),
  listeners: z.array(ListenerSchema),
});

export const LayoutBoxSchema = z.strictObject({
  x: z.number().finite(),
  y: z.number().finite(),
  w: z.number().finite().positive().optional(),
  h: z.number().finite().positive().optional(),
});

/** A collection keyed by entity id; the key must equal the entity's own id. */
const collection = <T extends z.ZodType<{ id: string }>>(entity: T) =>
  z.record(z.string(), entity).superRefine((record, ctx) => {
    for (const [key, value] of Object.entries(record)) {
      if (value.id !== key) ctx.addIssue({ code: "custom", path: [key, "id"], message: `id "${value.id}" must equal its key "${key}"` });
    }
  });

export const DesignSchema = z
  .strictObject({
    schemaVersion: z.literal(SCHEMA_VERSION),
    name: NameSchema,
    region: RegionSchema,
    /** Availability zones in use (subnets pick from these). */
    availabilityZones: z.array(AvailabilityZoneSchema),
    vpcs: collection(VpcSchema),
    subnets: collection(SubnetSchema),
    internetGateways: collection(InternetGatewaySchema),
    elasticIps: collection(ElasticIpSchema),
    natGateways: collection(NatGatewaySchema),
    routeTables: collection(RouteTableSchema),
    securityGroups: collection(SecurityGroupSchema),
    instances: collection(InstanceSchema),
    targetGroups: collection(TargetGroupSchema),
    loadBalancers: collection(LoadBalancerSchema),
    /** Positions and sizes on the canvas, by entity id; kept apart from the network itself. */
    layout: z.record(z.string(), LayoutBoxSchema),
  })
  .superRefine((design, ctx) => {
    // Ids are unique across collections because layout and findings address entities by id alone.
    const seen = new Map<string, string>();
    for (const key of ENTITY_COLLECTIONS) {
      for (const id of Object.keys(design[key])) {
        const other = seen.get(id);
        if (other) ctx.addIssue({ code: "custom", path: [key, id], message: `id "${id}" is already used in ${other}` });
        else seen.set(id, key);
      }
    }
  });

export type Design = z.infer<typeof DesignSchema>;
export type Vpc = z.infer<typeof VpcSchema>;
export type Subnet = z.infer<typeof SubnetSchema>;
export type InternetGateway = z.infer<typeof InternetGatewaySchema>;
export type ElasticIp = z.infer<typeof ElasticIpSchema>;
export type NatGateway = z.infer<typeof NatGatewaySchema>;
export type Route = z.infer<typeof RouteSchema>;
export type RouteTarget = z.infer<typeof RouteTargetSchema>;
export type RouteTable = z.infer<typeof RouteTableSchema>;
export type RuleSource = z.infer<typeof RuleSourceSchema>;
export type SecurityGroupRule = z.infer<typeof SecurityGroupRuleSchema>;
export type SecurityGroup = z.infer<typeof SecurityGroupSchema>;
export type ImageChoice = z.infer<typeof ImageChoiceSchema>;
export type Instance = z.infer<typeof InstanceSchema>;
export type HealthCheck = z.infer<typeof HealthCheckSchema>;
export type TargetGroup = z.infer<typeof TargetGroupSchema>;
export type Listener = z.infer<typeof ListenerSchema>;
export type LoadBalancer = z.infer<typeof LoadBalancerSchema>;
export type LayoutBox = z.infer<typeof LayoutBoxSchema>;
