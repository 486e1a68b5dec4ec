import "server-only";
import type { Ec2Action, Ec2Input, Ec2Output, ElbAction, ElbInput, ElbOutput } from "./actions";
import type { AwsPort } from "./port";

/** A describe result's list field, e.g. `Vpcs` of DescribeVpcs. */
type ListKey<O> = { [K in keyof O]: O[K] extends Array<unknown> | undefined ? K : never }[keyof O];
type Item<O, K extends keyof O> = NonNullable<O[K]> extends Array<infer T> ? T : never;

/** Pages an answer may have before we stop following: a guard against a server that never ends. */
const MAX_PAGES = 1_000;

/**
 * Every item of an EC2 describe, following `NextToken` until AWS stops giving one
 * (docs/aws-facts.md §7.5: any describe may page, and an answer without the token is the last).
 */
export async function allEc2<A extends Ec2Action, K extends ListKey<Ec2Output<A>>>(port: AwsPort, action: A, input: Ec2Input<A>, key: K): Promise<Array<Item<Ec2Output<A>, K>>> {
  const items: Array<Item<Ec2Output<A>, K>> = [];
  let token: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const out = await port.ec2(action, { ...input, ...(token ? { NextToken: token } : {}) } as Ec2Input<A>);
    items.push(...((out[key] ?? []) as Array<Item<Ec2Output<A>, K>>));
    token = (out as { NextToken?: string }).NextToken;
    if (!token) break;
  }
  return items;
}

/** Every item of an ELBv2 describe, following `NextMarker` (ELBv2 pages at 400 by default). */
export async function allElb<A extends ElbAction, K extends ListKey<ElbOutput<A>>>(port: AwsPort, action: A, input: ElbInput<A>, key: K): Promise<Array<Item<ElbOutput<A>, K>>> {
  const items: Array<Item<ElbOutput<A>, K>> = [];
  let marker: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const out = await port.elb(action, { ...input, ...(marker ? { Marker: marker } : {}) } as ElbInput<A>);
    items.push(...((out[key] ?? []) as Array<Item<ElbOutput<A>, K>>));
    marker = (out as { NextMarker?: string }).NextMarker;
    if (!marker) break;
  }
  return items;
}

/** DescribeInstances as instances (flattening reservations), all pages. */
export async function allInstances(port: AwsPort, input: Ec2Input<"DescribeInstances">) {
  return (await allEc2(port, "DescribeInstances", input, "Reservations")).flatMap((r) => r.Instances ?? []);
}
