import { liveText, type LiveText } from "./text";
import type { StatusView } from "./types";

/**
 * What a lab with a load balancer still waits for before it answers: the ALB, or a target's
 * health check. `state` is AWS's word ("provisioning", "initial"); `texts` say it as `live`
 * messages, so a Korean reader sees "프로비저닝 중", "대상 시작 중".
 */
export type ReadinessWait = { logicalId: string; kind: "load-balancer" | "target"; state: string; texts: LiveText[] };

/**
 * Deployed is not yet working (docs/aws-facts.md §13.10): a deploy is complete when everything
 * in the plan exists; a lab with a load balancer works once the ALB is `active` and every
 * registered target is `healthy`. Read from one live reading; `undefined` before the first.
 *
 * @example labReadiness(undefined) === undefined
 */
export function labReadiness(view: StatusView | undefined): { hasLoadBalancer: boolean; isWorking: boolean; waitingFor: ReadinessWait[] } | undefined {
  if (!view) return undefined;
  const waitingFor: ReadinessWait[] = [];
  const balancers = view.rows.filter((r) => r.kind === "load-balancer");
  for (const row of balancers) if (row.state !== "active") waitingFor.push({ logicalId: row.logicalId, kind: "load-balancer", state: row.state, texts: [liveText("loadBalancerState", { state: row.state })] });
  for (const row of view.rows.filter((r) => r.kind === "instance")) {
    const fields = row.fields.filter((f) => f.label.key === "labelTargetHealth");
    const health = fields[0]?.value;
    if (!health) continue;
    const states = health.split(", ").map((part) => part.split(" (")[0]);
    if (states.some((s) => s !== "healthy")) waitingFor.push({ logicalId: row.logicalId, kind: "target", state: health, texts: fields.flatMap((f) => (f.text ? [f.text] : [])) });
  }
  return { hasLoadBalancer: balancers.length > 0, isWorking: balancers.length > 0 && waitingFor.length === 0, waitingFor };
}
