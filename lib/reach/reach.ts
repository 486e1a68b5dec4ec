import type { Design } from "../design/schema";
import { describeTraffic } from "./addresses";
import { buildEnv, type ReachEnv } from "./env";
import { internetToPlace } from "./inbound";
import { placeToPlace } from "./internal";
import { placeToInternet } from "./outbound";
import { Trace } from "./trace";
import { INTERNET, type Place, type ReachAnswer, type ReachError, type ReachQuery, type ReachResult, type Traffic } from "./types";
import { internetViaLoadBalancer, loadBalancersFor, toTarget } from "./via-alb";

const PROTOCOLS = ["tcp", "udp", "icmp"] as const;

/**
 * Answers "can `from` reach `to` with this protocol and port?" on a design, before or after
 * deploy. Ends are "internet", an instance, a subnet or a load balancer. Network ACLs are not
 * modelled: the default ACL (allow all, both ways) is assumed. Bad questions come back as a
 * ReachError naming the field; build the env once with `buildEnv` to ask many questions.
 */
export function reach(design: Design | ReachEnv, query: ReachQuery): ReachResult {
  const env = "ctx" in design ? design : buildEnv(design);
  const problem = checkQuery(env, query);
  if (problem) return { ok: false, error: problem };
  const traffic: Traffic = { protocol: query.protocol, port: query.protocol === "icmp" ? 0 : query.port };
  return { ok: true, answer: answer(env, query, traffic) };
}

function answer(env: ReachEnv, query: ReachQuery, traffic: Traffic): ReachAnswer {
  const src = query.from === INTERNET ? null : (env.placeOf(query.from) as Place);
  const dst = query.to === INTERNET ? null : (env.placeOf(query.to) as Place);
  const t = new Trace();
  if (!src && dst) {
    internetToPlace(env, t, dst, traffic);
    if (dst.kind !== "instance") return t.answer();
    const viaAlb = loadBalancersFor(env, dst.entityId, traffic).map((lb) => internetViaLoadBalancer(env, lb, dst, traffic).answer());
    return pickBest([t.answer(), ...viaAlb]);
  }
  if (src && !dst) {
    placeToInternet(env, t, src, traffic);
    return t.answer();
  }
  if (src && dst) {
    const lb = src.kind === "load-balancer" ? env.design.loadBalancers[src.entityId as keyof Design["loadBalancers"]] : undefined;
    t.pass(src.entityId, src.kind, "depart", { name: src.name, subnet: src.subnets[0]?.name ?? "-", traffic: describeTraffic(traffic) });
    if (lb && dst.kind === "instance" && !toTarget(env, t, lb, src, dst)) return t.answer();
    placeToPlace(env, t, src, dst, traffic);
  }
  return t.answer();
}

/**
 * Several ways in (directly, or through each ALB that forwards this port to the instance): a
 * reachable one wins, direct first; otherwise the one that got furthest, because its blocker
 * is the one the learner is closest to fixing.
 */
function pickBest(answers: ReachAnswer[]): ReachAnswer {
  const reachable = answers.find((a) => a.verdict === "reachable");
  if (reachable) return reachable;
  return answers.reduce((best, a) => (a.path.length > best.path.length ? a : best));
}

function checkQuery(env: ReachEnv, q: ReachQuery): ReachError | null {
  if (!PROTOCOLS.includes(q.protocol)) return { field: "protocol", message: `protocol must be tcp, udp or icmp (got "${q.protocol}")` };
  if (q.protocol !== "icmp" && !(Number.isInteger(q.port) && q.port >= 1 && q.port <= 65535)) {
    return { field: "port", message: `port must be a whole number from 1 to 65535 (got ${String(q.port)})` };
  }
  for (const field of ["from", "to"] as const) {
    const id = q[field];
    if (id !== INTERNET && !env.placeOf(id)) return { field, message: describeUnknown(env.design, id) };
  }
  if (q.from === q.to) return { field: "to", message: q.from === INTERNET ? "from and to are both the Internet; name an instance, a subnet or a load balancer on one side" : `from and to are both "${q.from}"; ask about two different ends` };
  return null;
}

/** Names what the id is when it exists but cannot be an end, so the learner knows what to pick instead. */
function describeUnknown(design: Design, id: string): string {
  const allowed = "an end is internet, an instance, a subnet or a load balancer";
  const instance = design.instances[id as keyof Design["instances"]];
  if (instance) return `instance "${id}" is in subnet "${instance.subnetId}", which is not in the design`;
  for (const [collection, record] of Object.entries(design)) {
    if (record && typeof record === "object" && !Array.isArray(record) && collection !== "layout" && id in record) {
      return `"${id}" is in ${collection}; ${allowed}`;
    }
  }
  return `no entity has the id "${id}"; ${allowed}`;
}
