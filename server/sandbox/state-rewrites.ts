import "server-only";
import { INSTANCE_CODES, type Clocks } from "./clocks";
import { replaceTagText, rewriteBlocks, tagText } from "./xml-blocks";

/**
 * Holds NAT gateways at the state AWS would report now (`pending`, `deleting`), and drops those
 * whose reported state does not match `wanted` (the `state` filter the layer took over).
 */
export function rewriteNatStates(xml: string, clocks: Clocks, wanted?: string[]): string {
  // CreateNatGateway answers with a single <natGateway> element, not a set.
  if (xml.includes("<natGateway>")) {
    const id = tagText(xml, "natGatewayId");
    const state = tagText(xml, "state");
    return id && state ? replaceTagText(xml, "state", clocks.natState(id, state)) : xml;
  }
  return rewriteBlocks(xml, "item", "natGatewayId", (id, block) => {
    const state = clocks.natState(id, tagText(block, "state") ?? "");
    if (wanted && !wanted.includes(state)) return "";
    const failure = state === "failed" ? clocks.natFailure(id) : undefined;
    const rewritten = replaceTagText(block, "state", state);
    return failure ? rewritten.replace(/<state>failed<\/state>/, `<state>failed</state><failureCode>${failure.code}</failureCode><failureMessage>${failure.message}</failureMessage>`) : rewritten;
  });
}

/**
 * Holds instances at `pending` (code 0) until they would be running and at `shutting-down`
 * (code 32) until they would be terminated; drops those not in `wanted` (instance-state-name
 * filter) and reservations left with no instance.
 */
export function rewriteInstanceStates(xml: string, clocks: Clocks, wanted?: string[]): string {
  const rewritten = rewriteBlocks(xml, "item", "instanceId", (id, block) => {
    const stateXml = /<instanceState>[\s\S]*?<\/instanceState>/.exec(block)?.[0];
    if (!stateXml) return block;
    const state = clocks.instanceState(id, tagText(stateXml, "name") ?? "");
    if (wanted && !wanted.includes(state)) return "";
    const code = INSTANCE_CODES[state] ?? Number(tagText(stateXml, "code") ?? 0);
    return block.replace(stateXml, `<instanceState><code>${code}</code><name>${state}</name></instanceState>`);
  });
  if (!wanted) return rewritten;
  return rewriteBlocks(rewritten, "item", "reservationId", (_, block) => (block.includes("<instanceId>") ? block : ""));
}

/** Holds ALBs at `provisioning` until they would be `active`. */
export function rewriteAlbStates(xml: string, clocks: Clocks): string {
  return rewriteBlocks(xml, "member", "LoadBalancerArn", (arn, block) => {
    const stateXml = /<State>[\s\S]*?<\/State>/.exec(block)?.[0];
    const code = stateXml && tagText(stateXml, "Code");
    if (!stateXml || !code) return block;
    return block.replace(stateXml, stateXml.replace(`<Code>${code}</Code>`, `<Code>${clocks.albState(arn, code)}</Code>`));
  });
}

/**
 * Removes the EC2 filter `name` from the request (renumbering the rest) and returns its
 * values. The layer applies state filters itself, because moto filters on its own states,
 * which run ahead of the ones the layer reports.
 */
export function takeFilter(params: URLSearchParams, name: string): { params: URLSearchParams; values?: string[] } {
  const filters = new Map<string, { name: string; values: string[] }>();
  const rest = new URLSearchParams();
  for (const [key, value] of params) {
    const match = /^Filter\.(\d+)\.(Name|Value\.\d+)$/.exec(key);
    if (!match) {
      rest.append(key, value);
      continue;
    }
    const filter = filters.get(match[1]) ?? { name: "", values: [] };
    if (match[2] === "Name") filter.name = value;
    else filter.values.push(value);
    filters.set(match[1], filter);
  }
  const taken = [...filters.values()].find((filter) => filter.name === name);
  if (!taken) return { params };
  let index = 1;
  for (const filter of filters.values()) {
    if (filter === taken) continue;
    rest.append(`Filter.${index}.Name`, filter.name);
    filter.values.forEach((value, v) => rest.append(`Filter.${index}.Value.${v + 1}`, value));
    index += 1;
  }
  return { params: rest, values: taken.values };
}
