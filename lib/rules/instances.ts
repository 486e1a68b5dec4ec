import { getInstanceType, isOfferedIn } from "../catalog/instance-types";
import { defineRule } from "./define-rule";
import { own } from "../design/own";

/** Security groups per network interface (default quota; adjustable to 16). */
export const MAX_SECURITY_GROUPS_PER_INSTANCE = 5;
/** User data limit, in bytes of raw text before base64 encoding. */
export const MAX_USER_DATA_BYTES = 16 * 1024;

/** A public IP in a private subnet is billed ($0.005/h) yet unreachable. */
export const instancePublicIpInPrivateSubnet = defineRule("instance-public-ip-in-private-subnet", "warning", ({ design, isPublic }, emit) => {
  for (const instance of Object.values(design.instances)) {
    const subnet = own(design.subnets, instance.subnetId);
    if (instance.associatePublicIp && subnet && !isPublic(subnet.id)) {
      emit([instance.id, subnet.id], `instances.${instance.id}.associatePublicIp`, { name: instance.name, subnet: subnet.name });
    }
  }
});

/** No NAT and no internet gateway: fine for a database, surprising for user data that installs packages. */
export const instanceNoEgress = defineRule("instance-no-egress", "info", ({ design, egress }, emit) => {
  for (const instance of Object.values(design.instances)) {
    const subnet = own(design.subnets, instance.subnetId);
    if (subnet && egress(subnet.id) === "none") emit([instance.id, subnet.id], `instances.${instance.id}.subnetId`, { name: instance.name, subnet: subnet.name });
  }
});

/** A type outside the catalogue is most likely a typo that RunInstances would reject. */
export const instanceTypeUnknown = defineRule("instance-type-unknown", "error", ({ design }, emit) => {
  for (const instance of Object.values(design.instances)) {
    if (!getInstanceType(instance.instanceType)) emit([instance.id], `instances.${instance.id}.instanceType`, { name: instance.name, type: instance.instanceType });
  }
});

/** Some families are missing from some AZs (p3 from all of Seoul): RunInstances fails with Unsupported. */
export const instanceTypeNotOffered = defineRule("instance-type-not-offered", "error", ({ design }, emit) => {
  for (const instance of Object.values(design.instances)) {
    const zone = own(design.subnets, instance.subnetId)?.availabilityZone;
    if (zone && getInstanceType(instance.instanceType) && !isOfferedIn(instance.instanceType, design.region, zone)) {
      emit([instance.id], `instances.${instance.id}.instanceType`, { name: instance.name, type: instance.instanceType, zone });
    }
  }
});

/** Images the deploy engine resolves (docs/aws-facts.md §5.3): the x86_64 / amd64 builds only. */
const IMAGE_ARCHITECTURE = "x86_64";

/** An arm64 type with an x86_64 image fails RunInstances with InvalidParameterValue. */
export const instanceArchitectureMismatch = defineRule("instance-architecture-mismatch", "error", ({ design }, emit) => {
  for (const instance of Object.values(design.instances)) {
    const type = getInstanceType(instance.instanceType);
    if (type && type.architecture !== IMAGE_ARCHITECTURE) {
      emit([instance.id], `instances.${instance.id}.instanceType`, { name: instance.name, type: type.name, image: instance.image });
    }
  }
});

/**
 * An instance with no security group is not refused by AWS: RunInstances puts it in its VPC's
 * default group (docs/aws-facts.md §3.1), which is not drawn in the design and whose rules the
 * student never chose. Almost always an edge that was never drawn, so it is a warning.
 */
export const instanceNoSecurityGroup = defineRule("instance-no-security-group", "warning", ({ design }, emit) => {
  for (const instance of Object.values(design.instances)) {
    if (instance.securityGroupIds.length > 0) continue;
    const vpcId = own(design.subnets, instance.subnetId)?.vpcId;
    const vpc = vpcId ? own(design.vpcs, vpcId) : undefined;
    emit([instance.id], `instances.${instance.id}.securityGroupIds`, { name: instance.name, vpc: vpc?.name ?? "" });
  }
});

/** More than five groups fails with SecurityGroupsPerInstanceLimitExceeded. */
export const instanceSgLimit = defineRule("instance-sg-limit", "error", ({ design }, emit) => {
  for (const instance of Object.values(design.instances)) {
    const count = new Set(instance.securityGroupIds).size;
    if (count > MAX_SECURITY_GROUPS_PER_INSTANCE) {
      emit([instance.id], `instances.${instance.id}.securityGroupIds`, { name: instance.name, count, limit: MAX_SECURITY_GROUPS_PER_INSTANCE });
    }
  }
});

const encoder = new TextEncoder();

/** User data is limited to 16 KB of raw bytes (UTF-8), before the engine base64-encodes it. */
export const userDataTooLarge = defineRule("user-data-too-large", "error", ({ design }, emit) => {
  for (const instance of Object.values(design.instances)) {
    // Each UTF-16 unit is at most 3 UTF-8 bytes, so short scripts skip the encoding.
    if (instance.userData.length * 3 <= MAX_USER_DATA_BYTES) continue;
    const bytes = encoder.encode(instance.userData).length;
    if (bytes > MAX_USER_DATA_BYTES) emit([instance.id], `instances.${instance.id}.userData`, { name: instance.name, bytes, limit: MAX_USER_DATA_BYTES });
  }
});
