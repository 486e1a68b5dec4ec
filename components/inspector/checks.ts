import { parseCidr } from "../../lib/cidr/parse";
import { AvailabilityZoneSchema, CidrSchema, InstanceSchema } from "../../lib/design/schema";

/** A field problem as a message key of `designer.field` plus its values. */
export type FieldError = { key: string; values?: Record<string, string | number> } | null;
export type Check = (text: string) => FieldError;

/** Names: required, at most 255 characters (the schema's own limits). */
export const checkName: Check = (text) => (text.trim().length === 0 ? { key: "nameRequired" } : text.length > 255 ? { key: "nameTooLong" } : null);

/** A CIDR the schema accepts; the message says what is wrong (format, octet, prefix, host bits). */
export const checkCidr: Check = (text) => {
  if (CidrSchema.safeParse(text).success) return null;
  const parsed = parseCidr(text);
  if (parsed.ok) return null;
  return { key: `cidr.${parsed.error.reason}`, values: { suggestion: parsed.error.suggestion ?? "" } };
};

/** A whole port number 0–65535 (or `min`–65535). */
export const checkPort = (min = 0): Check => (text) => {
  const n = Number(text);
  return text.trim() !== "" && Number.isInteger(n) && n >= min && n <= 65535 ? null : { key: "port", values: { min } };
};

/** An instance type that looks like `t3.micro` (the catalogue check is a rule). */
export const checkInstanceType: Check = (text) => (InstanceSchema.shape.instanceType.safeParse(text).success ? null : { key: "instanceType" });

/** A health-check path starting with "/". */
export const checkPath: Check = (text) => (text.startsWith("/") ? null : { key: "path" });

/** An availability zone name. */
export const checkZone: Check = (text) => (AvailabilityZoneSchema.safeParse(text).success ? null : { key: "zone" });

/** A whole number within a range. */
export const checkRange = (min: number, max: number): Check => (text) => {
  const n = Number(text);
  return text.trim() !== "" && Number.isInteger(n) && n >= min && n <= max ? null : { key: "range", values: { min, max } };
};
