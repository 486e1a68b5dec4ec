import { parseCidr } from "../../lib/cidr/parse";
import { AvailabilityZoneSchema, CidrSchema, InstanceSchema } from "../../lib/design/schema";
import type { Check } from "./checks";

/** A CIDR the schema accepts; the message says what is wrong (format, octet, prefix, host bits). */
export const checkCidr: Check = (text) => {
  if (CidrSchema.safeParse(text).success) return null;
  const parsed = parseCidr(text);
  if (parsed.ok) return null;
  // The typed prefix, so the message can name it ("/33 is not a prefix AWS allows here").
  const prefix = /\/(\d*)\s*$/.exec(text)?.[1] ?? "";
  return { key: `cidr.${parsed.error.reason}`, values: { suggestion: parsed.error.suggestion ?? "", prefix } };
};

/** An instance type that looks like `t3.micro` (the catalogue check is a rule). */
export const checkInstanceType: Check = (text) => (InstanceSchema.shape.instanceType.safeParse(text).success ? null : { key: "instanceType" });

/** An availability zone name. */
export const checkZone: Check = (text) => (AvailabilityZoneSchema.safeParse(text).success ? null : { key: "zone" });
