/**
 * What the live status says, as message keys and values, never as sentences: the server
 * builds these and the browser words them in the reader's language from the `live` catalogue
 * (components/i18n/messages/{en,ko}/live.json); the CLI words them in English from the table
 * below. A key missing here does not type-check, and the catalogue test fails for a key
 * missing from a catalogue, so no English sentence can reach a Korean screen from the server.
 */

import { CLEANUP_TEXTS_EN } from "../cleanup/text";

/** English of every live message, in ICU MessageFormat (the `en` catalogue holds the same text); the cleanup's own messages are in lib/cleanup/text.ts. */
export const LIVE_TEXTS_EN = {
  privateIp: "private IP {ip}",
  publicIp: "public IP {ip}",
  sandboxIp: "sandbox address {ip} (on AWS, a public IP)",
  elasticIp: "Elastic IP {ip}",
  dnsName: "DNS {dns}",
  checks: "status checks: system {system}, instance {instance}",
  targetHealth: "target {state, select, healthy {healthy} unhealthy {unhealthy} initial {starting} draining {draining} unused {unused} unavailable {unavailable} other {{state}}}{reason, select, none {} other { ({reason})}}",
  freeAddresses: "{free} of {usable, plural, one {# address} other {# addresses}} free",
  freeAddressesOnly: "{free, plural, one {# address} other {# addresses}} free",
  freeOfUsable: "{free} of {usable}",
  attachedTo: "attached to {vpc}",
  detachedOutside: "detached outside the app",
  routes: "{count, plural, =0 {no routes} one {# route} other {# routes}}",
  route: "{destination} → {target}{isBlackhole, select, yes { (blackhole: the target is gone)} other {}}",
  inboundRules: "{count, plural, =0 {no inbound rules} one {# inbound rule} other {# inbound rules}}",
  ruleFrom: "{protocol, select, all {all traffic} other {{protocol} {ports}}} from {peer}",
  ruleTo: "{protocol, select, all {all traffic} other {{protocol} {ports}}} to {peer}",
  healthyTargets: "{healthy} of {total, plural, one {# target} other {# targets}} healthy",
  awsState: "{state}",
  deletedOutside: "deleted outside the app",
  terminatedOutside: "terminated outside the app",
  natFailed: "failed: {reason}",
  errorCode: "failed with {code}",
  deletedByCleanup: "deleted by cleanup",
  alreadyGone: "already gone",
  driftRule:
    "{direction, select, inbound {inbound} other {outbound}} rule {change, select, added {added} other {removed}} outside the app: {protocol, select, all {all traffic} other {{protocol} {ports}}} {direction, select, inbound {from} other {to}} {peer}",
  driftRoute: "route {change, select, added {added} other {removed}} outside the app: {destination} → {target}",
  labelCidr: "CIDR",
  labelFree: "Free addresses",
  labelAttachedTo: "Attached to",
  labelRoute: "Route",
  labelElasticIp: "Elastic IP",
  labelFailure: "Failure",
  labelPublicIp: "Public IP",
  labelSandboxIp: "Sandbox address",
  labelUsedBy: "Used by",
  labelName: "Name",
  labelInbound: "Inbound",
  labelOutbound: "Outbound",
  labelPrivateIp: "Private IP",
  labelChecks: "Status checks",
  labelDnsName: "DNS name",
  labelTarget: "Target {name}",
  labelTargetHealth: "Target health",
  loadBalancerState: "{state, select, provisioning {provisioning} active {active} active_impaired {active, impaired} failed {failed} other {{state}}}",
  ...CLEANUP_TEXTS_EN,
} as const;

export type LiveTextKey = keyof typeof LIVE_TEXTS_EN;

/** One message: a catalogue key and the values its placeholders take. */
export type LiveText = { key: LiveTextKey; params?: Record<string, string | number> };

/**
 * Builds a message; values are plain strings and numbers so the view stays JSON.
 *
 * @example liveText("privateIp", { ip: "192.168.2.4" }) // { key: "privateIp", params: { ip: "192.168.2.4" } }
 */
export function liveText(key: LiveTextKey, params?: Record<string, string | number>): LiveText {
  return params ? { key, params } : { key };
}

/**
 * The sandbox hands out Elastic IPs from 127.0.0.0/8 (docs/aws-facts.md §18.1): such an address in the sandbox is not a public IP, and is labelled so.
 *
 * @example isSandboxAddress("127.255.3.4", true) === true
 */
export function isSandboxAddress(ip: string, isSandbox: boolean): boolean {
  return isSandbox && ip.startsWith("127.");
}

/**
 * The raw value of a row's field with this label, e.g. the load balancer's DNS name.
 *
 * @example fieldValue({ fields: [{ label: { key: "labelDnsName" }, value: "a.elb.amazonaws.com" }] }, "labelDnsName") === "a.elb.amazonaws.com"
 */
export function fieldValue(row: { fields: ReadonlyArray<{ label: LiveText; value: string }> }, label: LiveTextKey): string | undefined {
  return row.fields.find((f) => f.label.key === label)?.value;
}
