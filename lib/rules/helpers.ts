import type { Design } from "../design/schema";
import { own } from "../design/own";

/** Groups values by a key, keeping first-seen order of keys and values. */
export function groupBy<V>(values: Iterable<V>, keyOf: (value: V) => string | null | undefined): Map<string, V[]> {
  const groups = new Map<string, V[]>();
  for (const value of values) {
    const key = keyOf(value);
    if (key === null || key === undefined) continue;
    const group = groups.get(key);
    if (group) group.push(value);
    else groups.set(key, [value]);
  }
  return groups;
}

/** The VPC an instance lives in (through its subnet), or undefined when the subnet is missing. */
export function vpcOfInstance(design: Design, instanceId: string): string | undefined {
  const instance = own(design.instances, instanceId);
  return instance ? own(design.subnets, instance.subnetId)?.vpcId : undefined;
}

/** The AZ an instance lives in (through its subnet). */
export function zoneOfInstance(design: Design, instanceId: string): string | undefined {
  const instance = own(design.instances, instanceId);
  return instance ? own(design.subnets, instance.subnetId)?.availabilityZone : undefined;
}

/** Display name of any entity id, falling back to the id itself. */
export function nameOf(design: Design, collection: keyof Design, id: string): string {
  const record = design[collection] as Record<string, { name?: string } | undefined>;
  return own(record, id)?.name ?? id;
}

/** "a, b and c" is left to the UI; findings list names with ", " so both languages read them. */
export function list(names: readonly string[]): string {
  return names.join(", ");
}
