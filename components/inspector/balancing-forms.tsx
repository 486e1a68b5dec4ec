"use client";
import { useTranslations } from "next-intl";
import type { Design, Listener } from "../../lib/design/schema";
import type { Finding } from "../../lib/rules";
import { CheckList, FindingList, SelectField, TextField, findingsAt } from "./fields";
import { checkName, checkPath, checkPort } from "./checks";
import { useEdit } from "./use-edit";

type FormProps = { design: Design; id: string; findings: readonly Finding[] };
const PROTOCOLS = [{ value: "HTTP", label: "HTTP" }, { value: "HTTPS", label: "HTTPS" }];

/** Target group: name, protocol and port, health-check path, registered instances. */
export function TargetGroupForm({ design, id, findings }: FormProps) {
  const t = useTranslations("designer.inspector");
  const group = design.targetGroups[id]!;
  const edit = useEdit("targetGroups", id);
  const instances = Object.values(design.instances).filter((i) => design.subnets[i.subnetId]?.vpcId === group.vpcId).map((i) => ({ value: i.id, label: i.name, note: design.subnets[i.subnetId]?.availabilityZone }));
  return (
    <>
      <TextField label={t("name")} value={group.name} check={checkName} findings={findingsAt(findings, `targetGroups.${id}.name`)} onCommit={(name) => edit({ name }, "name")} testId="field-name" />
      <SelectField label={t("protocol")} value={group.protocol} options={PROTOCOLS} onChange={(p) => edit({ protocol: p as typeof group.protocol })} />
      <TextField label={t("port")} value={String(group.port)} check={checkPort(1)} onCommit={(v) => edit({ port: Number(v) }, "port")} />
      <TextField label={t("healthPath")} value={group.healthCheck.path} check={checkPath} mono onCommit={(path) => edit({ healthCheck: { ...group.healthCheck, path } }, "health")} />
      <CheckList label={t("targets")} options={instances} selected={group.targets} empty={t("noInstances")} onChange={(ids) => edit({ targets: ids as typeof group.targets })} testId="field-targets" />
      <FindingList findings={findingsAt(findings, `targetGroups.${id}.targets`)} />
    </>
  );
}

/** Load balancer: name, scheme, subnets (one per AZ), security groups and listeners → target groups. */
export function LoadBalancerForm({ design, id, findings }: FormProps) {
  const t = useTranslations("designer.inspector");
  const lb = design.loadBalancers[id]!;
  const edit = useEdit("loadBalancers", id);
  const subnets = Object.values(design.subnets).map((s) => ({ value: s.id, label: s.name, note: `${s.availabilityZone} · ${s.cidr}` }));
  const groups = Object.values(design.securityGroups).map((g) => ({ value: g.id, label: g.name }));
  const tgs = Object.values(design.targetGroups).map((g) => ({ value: g.id, label: g.name }));
  const setListener = (i: number, l: Listener, field?: string) => edit({ listeners: lb.listeners.map((x, j) => (j === i ? l : x)) }, field ? `listeners.${i}.${field}` : undefined);
  return (
    <>
      <TextField label={t("name")} value={lb.name} check={checkName} findings={findingsAt(findings, `loadBalancers.${id}.name`)} onCommit={(name) => edit({ name }, "name")} testId="field-name" />
      <SelectField label={t("scheme")} value={lb.scheme} options={[{ value: "internet-facing", label: t("internetFacing") }, { value: "internal", label: t("internal") }]} onChange={(s) => edit({ scheme: s as typeof lb.scheme })} />
      <CheckList label={t("lbSubnets")} options={subnets} selected={lb.subnetIds} empty={t("noSubnets")} onChange={(ids) => edit({ subnetIds: ids as typeof lb.subnetIds })} testId="field-lb-subnets" />
      <FindingList findings={findingsAt(findings, `loadBalancers.${id}.subnetIds`)} />
      <CheckList label={t("securityGroups")} options={groups} selected={lb.securityGroupIds} empty={t("noGroups")} onChange={(ids) => edit({ securityGroupIds: ids as typeof lb.securityGroupIds })} testId="field-lb-groups" />
      <fieldset className="field editor" data-testid="listener-editor">
        <legend>{t("listeners")}</legend>
        {lb.listeners.map((l, i) => (
          <div className="editor-row" key={i} data-testid="listener-row">
            <SelectField label={t("protocol")} value={l.protocol} options={PROTOCOLS} onChange={(p) => setListener(i, { ...l, protocol: p as Listener["protocol"] })} />
            <TextField label={t("port")} value={String(l.port)} check={checkPort(1)} onCommit={(v) => setListener(i, { ...l, port: Number(v) }, "port")} />
            <SelectField label={t("forwardTo")} value={l.targetGroupId} options={tgs} onChange={(g) => setListener(i, { ...l, targetGroupId: g as Listener["targetGroupId"] })} />
            <button type="button" className="btn btn-icon" title={t("removeListener")} aria-label={t("removeListener")} onClick={() => edit({ listeners: lb.listeners.filter((_, j) => j !== i) })}>
              ×
            </button>
          </div>
        ))}
        <button type="button" className="btn btn-small" data-testid="add-listener" disabled={tgs.length === 0} onClick={() => edit({ listeners: [...lb.listeners, { protocol: "HTTP", port: 80, targetGroupId: tgs[0]!.value as Listener["targetGroupId"] }] })}>
          {t("addListener")}
        </button>
        {tgs.length === 0 ? <p className="field-help">{t("noTargetGroups")}</p> : null}
        <FindingList findings={findingsAt(findings, `loadBalancers.${id}.listeners`)} />
      </fieldset>
    </>
  );
}
