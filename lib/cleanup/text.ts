/**
 * What the guided cleanup says, as message keys of the `live` catalogue (lib/live/text.ts
 * merges this table into its own): who blocks a delete, why the report lists what remains,
 * and the cleanup log. The server sends keys and values; the browser words them in the
 * reader's language, the CLI in English from this table. AWS states are selected here so a
 * Korean reader sees "실행 중", not "running"; an unknown state shows as AWS spells it.
 *
 * Every blocker message ends with two selects: `foreign` ("not made by this deployment") and
 * `mapped` (a public address that keeps the internet gateway attached), so one message says
 * the whole of one blocker.
 */

const SUFFIX = "{mapped, select, yes { (a mapped public address)} other {}}{foreign, select, yes { — not made by this deployment, left alone} other {}}";
const INSTANCE_STATE = "{state, select, pending {pending} running {running} stopping {stopping} stopped {stopped} shutting_down {shutting-down} other {{state}}}";
const NAT_STATE = "{state, select, pending {pending} available {available} deleting {deleting} failed {failed} other {{state}}}";
const ENI_STATUS = "{status, select, available {available} in_use {in-use} attaching {attaching} detaching {detaching} associated {associated} other {{status}}}";

/** English of every cleanup message, in ICU MessageFormat (the `en` live catalogue holds the same text). */
export const CLEANUP_TEXTS_EN = {
  blockerEniOfInstance: `network interface {id} of instance {instance} (${ENI_STATUS})${SUFFIX}`,
  blockerEniDescribed: `network interface {id} "{description}" (${ENI_STATUS})${SUFFIX}`,
  blockerEni: `network interface {id}{type, select, none {} other { {type}}} (${ENI_STATUS})${SUFFIX}`,
  blockerInstance: `instance {name} is ${INSTANCE_STATE}${SUFFIX}`,
  blockerNat: `NAT gateway {name} is ${NAT_STATE}{ip, select, none {} other { and holds {ip}}}${SUFFIX}`,
  blockerStillThere:
    `{what, select, subnet {subnet} internet_gateway {internet gateway (attached)} security_group {security group} route_table {route table} other {{what}}} {name} is still there${SUFFIX}`,
  blockerSgRule: `security group {name} has a rule naming it${SUFFIX}`,
  blockerAttachedVpc: `still attached to VPC {name}${SUFFIX}`,
  blockerAssociatedSubnet: `still associated with subnet {name}${SUFFIX}`,
  blockerNatHolds: `NAT gateway {name} still holds it (${NAT_STATE})${SUFFIX}`,
  blockerAssociatedInstance: `still associated with instance {name}${SUFFIX}`,
  blockerAssociatedEni: `still associated with network interface {id}${SUFFIX}`,
  blockerLoadBalancer: `load balancer {name} still forwards to it${SUFFIX}`,
  blockedUnnamed: "AWS refuses ({code}) while something depends on it; nothing more found to name",
  stepFailed: "failed ({code})",
  skippedUpstream: "skipped: a step it waits for failed",
  logStarted: "started",
  logDone: "done",
  logAlreadyGone: "already gone (counts as deleted)",
  logBlocked: "blocked ({code}); retrying in {seconds} s",
  logStopped: "stopped{code, select, none {} other { ({code})}}",
  reasonNatGateway: "NAT gateway still exists: it bills per hour until deleted",
  reasonElasticIp: "Elastic IP still allocated: an address bills per hour until released",
  reasonLoadBalancer: "load balancer still exists: it bills per hour until deleted",
  reasonInstance: "instance not terminated: it bills while it runs, and its volume while it exists",
  reasonVolume: "volume still exists: storage bills per GB-month until deleted",
  reasonNetworkInterface: "network interface still in the VPC: it blocks deleting the subnet and the VPC",
  reasonOther:
    "{kind, select, vpc {VPC} subnet {subnet} security_group {security group} route_table {route table} internet_gateway {internet gateway} target_group {target group} other {{kind}}} still exists: it blocks deleting its VPC",
  reasonOrphanSandbox: "left by the sandbox: moto keeps the interfaces of terminated instances and deleted NAT gateways; on AWS they go with their owner; free, blocks nothing",
  reasonOrphanAws: "still being released by AWS with its instance or NAT gateway (shutting down or just deleted); it goes within minutes, bills nothing",
  reasonForeign: "not made by this app (no vpcd:deployment tag), so cleanup left it alone; it keeps the VPC from being deleted",
  interfaceOfInstance: "{description, select, none {network interface} other {{description}}} of instance {instance}",
  timerStopped: "the cleanup stopped before it finished",
  timerStepsFailed: "steps failed: {steps}",
  timerStillBilling: "still billing: {ids}",
  timerRefused: "the cleanup could not start ({code})",
} as const;
