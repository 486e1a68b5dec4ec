import { readFileSync } from "node:fs";
import { join } from "node:path";
import { IntlMessageFormat } from "intl-messageformat";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { PARTICLE_SUFFIXES, withParticles } from "../../lib/i18n/particles";
import { buildCleanupReport, type InventoryItem } from "../../lib/cleanup/report";
import { unfinishedWhy } from "../../lib/cleanup/timer-why";
import { cleanupView } from "../../lib/cleanup/view";
import { replay } from "../../lib/deploy/replay";
import { buildDestroyPlan } from "../../lib/plan/destroy-plan";
import { DESTROY_STEP_KINDS } from "../../lib/plan";
import enStatus from "./messages/en/status.json";
import koStatus from "./messages/ko/status.json";
import { labReadiness } from "../../lib/live/readiness";
import { mapStatus } from "../../lib/live/map-status";
import type { AwsSnapshot } from "../../lib/live/snapshot";
import { LIVE_TEXTS_EN, type LiveText } from "../../lib/live/text";
import { seedLab } from "../../lib/templates/seed-lab";
import { seedLabRecorded } from "../../lib/testing/recorded-fixtures";
import en from "./messages/en/live.json";
import ko from "./messages/ko/live.json";

type Element = { type: number; value?: string; options?: Record<string, { value: Element[] }> };
/** Argument names used anywhere in a parsed ICU message (arguments, plurals, selects, and inside their options). */
const namesIn = (elements: Element[]): string[] =>
  elements.flatMap((e) => [...(e.type !== 0 && e.type !== 7 && e.value ? [e.value] : []), ...Object.values(e.options ?? {}).flatMap((o) => namesIn(o.value))]);
/** Argument names of an ICU message; parsing also proves the message is valid ICU. */
const argumentsOf = (text: string, locale: string) => [...new Set(namesIn(new IntlMessageFormat(text, locale).getAst() as Element[]))].sort();
const SUFFIXES = Object.values(PARTICLE_SUFFIXES);
/** A Korean message may also use the particles of an argument: `{name}{name_iga}`. */
const baseArgument = (name: string) => SUFFIXES.reduce((n, suffix) => n.replace(new RegExp(`_${suffix}$`), ""), name);

const recorded = seedLabRecorded();
const arn = (kind: string) => recorded.find((r) => r.kind === kind)!.awsId!;

/** A reading with something of everything: drift, a missing subnet, a blackhole, a sandbox address, unhealthy targets. */
function everything(): AwsSnapshot {
  const rule = (fromPort: number) => ({ protocol: "tcp", fromPort, toPort: fromPort, peer: "0.0.0.0/0" });
  return {
    at: 1,
    vpcs: [{ id: "vpc-1", state: "available", cidr: "192.168.0.0/16" }],
    subnets: [{ id: "subnet-pua", state: "available", cidr: "192.168.2.0/24", availableIps: 250, vpcId: "vpc-1" }],
    internetGateways: [{ id: "igw-1", attachedVpcIds: ["vpc-1"] }],
    routeTables: [
      { id: "rtb-pub", subnetIds: [], routes: [{ destination: "0.0.0.0/0", target: "igw-1", state: "active" }] },
      { id: "rtb-priv", subnetIds: [], routes: [{ destination: "0.0.0.0/0", target: "nat-gone", state: "blackhole" }, { destination: "10.9.0.0/16", target: "igw-1", state: "active" }] },
    ],
    natGateways: [{ id: "nat-1", state: "available", subnetId: "subnet-pn", publicIp: "127.255.1.2", allocationId: "eipalloc-1" }],
    securityGroups: [{ id: "sg-1", name: "lab-sg", ingress: [rule(22), rule(8080)], egress: [{ protocol: "-1", fromPort: 0, toPort: 65535, peer: "0.0.0.0/0" }] }],
    instances: [
      { id: "i-a", state: "running", privateIp: "192.168.2.4", publicIp: "54.214.1.1" },
      { id: "i-c", state: "stopped", privateIp: "192.168.3.4" },
    ],
    instanceChecks: { "i-a": { system: "ok", instance: "initializing" } },
    loadBalancers: [{ arn: arn("load-balancer"), state: "provisioning", dnsName: "lab-alb-1.ap-northeast-2.elb.amazonaws.com", name: "lab-alb" }],
    targetHealth: { [arn("target-group")]: [{ targetId: "i-a", state: "unhealthy", reason: "Target.FailedHealthChecks" }, { targetId: "i-c", state: "unused" }] },
  };
}

/** Every message object in a view: row facts, drift, field labels and wordings, and what the diagram shows per entity. */
function messagesIn(view: ReturnType<typeof mapStatus>): LiveText[] {
  const rows = view.rows.flatMap((r) => [...r.facts, ...r.drift, ...r.fields.flatMap((f) => [f.label, ...(f.text ? [f.text] : [])])]);
  return [...rows, ...Object.values(view.entities).flatMap((e) => e.facts ?? [])];
}

describe("live status in the reader's language", () => {
  it("has the server's English table as the English catalogue, word for word", () => {
    expect(en).toEqual(LIVE_TEXTS_EN);
  });

  it("has every live message in Korean, with the same arguments (plus particles of them)", () => {
    for (const [key, english] of Object.entries(LIVE_TEXTS_EN)) {
      const korean = (ko as Record<string, string>)[key];
      expect(korean, key).toBeTypeOf("string");
      expect([...new Set(argumentsOf(korean!, "ko").map(baseArgument))].sort(), key).toEqual(argumentsOf(english, "en"));
    }
    expect(Object.keys(ko).sort()).toEqual(Object.keys(LIVE_TEXTS_EN).sort());
  });

  const view = mapStatus({ deploymentId: "d", recorded, snapshot: everything(), design: seedLab(), target: { kind: "sandbox", region: "ap-northeast-2" } });
  const messages = messagesIn(view);
  const tKo = createTranslator({ locale: "ko", messages: { live: ko }, namespace: "live" });

  it("sends only catalogue keys from the server: every message of a full reading has one", () => {
    expect(messages.length).toBeGreaterThan(30);
    for (const m of messages) expect(Object.keys(LIVE_TEXTS_EN), JSON.stringify(m)).toContain(m.key);
    // The view is data: no sentence hides in a field the client shows as it is.
    const shownAsIs = view.rows.flatMap((r) => r.fields.filter((f) => !f.text && !f.isCopyable).map((f) => f.value));
    for (const value of shownAsIs) expect(value, value).not.toMatch(/[a-z]{3,} [a-z]{3,}/i);
  });

  it("words every message of that reading in Korean, leaving no English word but AWS's names and codes", () => {
    const ALLOWED = /^(CIDR|DNS|IP|NAT|VPC|ALB|AWS|tcp|udp|icmp)$/;
    for (const m of messages) {
      const values = Object.values(m.params ?? {}).map(String);
      let text = tKo(m.key, withParticles(m.params ?? {}));
      for (const v of values) text = text.split(v).join(" ");
      const english = (text.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !ALLOWED.test(w));
      expect({ key: m.key, english }).toEqual({ key: m.key, english: [] });
      expect(text, m.key).not.toMatch(/[{}]|\(가\)|\(를\)|\(는\)|\(으\)/);
    }
  });

  // Issue 14, item 5: the cleanup's reasons, step notes and the readiness states reached a Korean
  // screen in English. They are server-sent too: each must be a key the catalogue words.
  const items: InventoryItem[] = [
    ...["nat-gateway", "elastic-ip", "load-balancer", "instance", "volume", "network-interface", "subnet", "security-group", "route-table", "internet-gateway", "target-group", "vpc", "listener"].map((kind) => ({ kind, awsId: `${kind}-1`, vpcExists: true })),
    { kind: "network-interface", awsId: "eni-orphan", vpcExists: false },
    { kind: "network-interface", awsId: "eni-foreign", vpcExists: true, isForeign: true, about: { key: "interfaceOfInstance", params: { description: "none", instance: "i-9" } } },
  ];
  const reports = [buildCleanupReport(items, "sandbox"), buildCleanupReport(items, "aws")];
  const reportMessages = reports.flatMap((r) => [...r.remaining, ...r.allowed, ...r.foreign]).flatMap((r) => [r.reason, ...(r.about ? [r.about] : [])]);
  const plan = buildDestroyPlan(recorded);
  const failedAt = (seq: number, stepId: string, outcome: "failed" | "skipped") => ({ seq, deploymentId: "d", stepId, type: "end" as const, at: seq, outcome, ...(outcome === "failed" ? { error: { code: "DependencyViolation", message: "in use", retryable: true } } : { reason: "upstream-failed" }) });
  const checklist = cleanupView("d", plan, replay([failedAt(1, "delete:listener:lab-alb", "failed"), failedAt(2, "delete:load-balancer:lab-alb", "skipped")]), { isRunning: false, blocked: {}, log: [] }, 0);
  const readiness = labReadiness(view);
  const timerWhys = [unfinishedWhy(undefined), unfinishedWhy({ failures: [{ stepId: "delete:vpc:lab-vpc", code: "DependencyViolation" }], isNothingBillableLeft: true, remainingIds: [] }), unfinishedWhy({ failures: [], isNothingBillableLeft: false, remainingIds: ["nat-1"] }), { key: "timerRefused" as const, params: { code: "DeploymentRunning" } }];
  const cleanupMessages = [...reportMessages, ...checklist.steps.flatMap((s) => s.facts ?? []), ...(readiness?.waitingFor ?? []).flatMap((w) => w.texts), ...timerWhys.flatMap((w) => (w ? [w] : []))];

  it("sends the cleanup report's reasons, the checklist's notes, the readiness states and a lab timer's reason as catalogue keys", () => {
    expect(reportMessages.length).toBeGreaterThanOrEqual(items.length * 2);
    expect(new Set(reportMessages.map((m) => m.key)).size).toBeGreaterThanOrEqual(10);
    expect(readiness?.waitingFor.length).toBeGreaterThan(0);
    for (const m of cleanupMessages) expect(Object.keys(LIVE_TEXTS_EN), JSON.stringify(m)).toContain(m.key);
    // No reason, step note or state travels as a ready-made sentence.
    for (const r of reports.flatMap((r) => [...r.remaining, ...r.allowed, ...r.foreign])) expect(typeof r.reason, r.awsId).toBe("object");
  });

  it("words those in Korean too, leaving no English word but AWS's names and codes", () => {
    const ALLOWED = /^(CIDR|DNS|IP|NAT|VPC|ALB|AWS|GB|moto|vpcd|deployment|tcp)$/;
    for (const m of cleanupMessages) {
      let text = tKo(m.key, withParticles(m.params ?? {}));
      for (const v of Object.values(m.params ?? {}).map(String)) text = text.split(v).join(" ");
      const english = (text.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !ALLOWED.test(w));
      expect({ key: m.key, english }).toEqual({ key: m.key, english: [] });
    }
  });

  it("names every cleanup step kind in both languages (the checklist never falls back to the plan's English)", () => {
    for (const steps of [enStatus.cleanup.steps, koStatus.cleanup.steps]) expect(Object.keys(steps).sort()).toEqual([...DESTROY_STEP_KINDS].sort());
  });

  it("puts the right particle after a name", () => {
    expect(tKo("ruleTo", withParticles({ protocol: "tcp", ports: "22", peer: "sg-1" }))).toBe("sg-1로 가는 tcp 22");
    expect(tKo("ruleTo", withParticles({ protocol: "all", ports: "", peer: "0.0.0.0/0" }))).toBe("0.0.0.0/0으로 가는 모든 트래픽");
  });
});

describe("Korean particles in every catalogue", () => {
  const catalogues = ["app", "designer", "deploy", "status", "reach", "lab", "live"].map((ns) => [ns, JSON.parse(readFileSync(join(__dirname, "messages", "ko", `${ns}.json`), "utf8"))] as const);
  const leaves = (tree: unknown, path = ""): Array<[string, string]> =>
    typeof tree === "string" ? [[path, tree]] : Object.entries(tree as Record<string, unknown>).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));

  it("writes no both-forms marker after a value: the value's own particle is an argument", () => {
    const marked = catalogues.flatMap(([ns, tree]) => leaves(tree, ns)).filter(([, text]) => /\}[”"’)]?\s?(이\(가\)|을\(를\)|은\(는\)|\(으\)로|와\(과\)|과\(와\))/.test(text));
    expect(marked).toEqual([]);
  });

  it("uses the particle of a value only where the value itself is an argument", () => {
    const orphans = catalogues.flatMap(([ns, tree]) => leaves(tree, ns)).flatMap(([path, text]) => {
      const names = argumentsOf(text, "ko");
      return names.filter((n) => baseArgument(n) !== n && !names.includes(baseArgument(n))).map((n) => `${path}: ${n}`);
    });
    expect(orphans).toEqual([]);
  });
});
