"use client";
import { useTranslations } from "next-intl";
import type { Design, SecurityGroupRule } from "../../lib/design/schema";
import type { Finding } from "../../lib/rules";
import { SelectField, TextField, findingsAt } from "./fields";
import { checkPort } from "./checks";
import { checkCidr } from "./schema-checks";

export const PRESETS: Record<"ssh" | "http" | "https", { port: number; description: string }> = {
  ssh: { port: 22, description: "SSH" },
  http: { port: 80, description: "HTTP" },
  https: { port: 443, description: "HTTPS" },
};

type Props = { design: Design; groupId: string; direction: "ingress" | "egress"; rules: readonly SecurityGroupRule[]; findings: readonly Finding[]; onChange(rules: SecurityGroupRule[], field?: string): void };

/** Security-group rules: presets (SSH, HTTP, HTTPS), custom rules, a CIDR or another group as the peer. */
export function RuleEditor({ design, groupId, direction, rules, findings, onChange }: Props) {
  const t = useTranslations("designer.inspector");
  const vpcId = design.securityGroups[groupId]?.vpcId;
  const groups = Object.values(design.securityGroups).filter((g) => g.vpcId === vpcId).map((g) => ({ value: g.id, label: g.name }));
  const set = (i: number, rule: SecurityGroupRule, field?: string) => onChange(rules.map((r, j) => (j === i ? rule : r)), field ? `${direction}.${i}.${field}` : undefined);
  const add = (port: number, description: string) => onChange([...rules, { protocol: "tcp", fromPort: port, toPort: port, peer: { kind: "cidr", cidr: "0.0.0.0/0" }, description }]);
  const allPorts = (r: SecurityGroupRule) => r.protocol === "all" || r.protocol === "icmp";
  return (
    <fieldset className="field editor" data-testid={`rules-${direction}`}>
      <legend>{t(direction === "ingress" ? "inbound" : "outbound")}</legend>
      {rules.length === 0 ? <p className="field-help">{t(direction === "ingress" ? "noInbound" : "noOutbound")}</p> : null}
      {rules.map((rule, i) => (
        <div className="rule-card" key={i} data-testid="rule-row">
          <div className="rule-line">
            <SelectField label={t("protocol")} value={rule.protocol} options={["tcp", "udp", "icmp", "all"].map((p) => ({ value: p, label: p === "all" ? t("allTraffic") : p.toUpperCase() }))} onChange={(p) => set(i, { ...rule, protocol: p as SecurityGroupRule["protocol"], ...(p === "all" || p === "icmp" ? { fromPort: 0, toPort: 65535 } : {}) })} />
            {allPorts(rule) ? null : (
              <>
                <TextField label={t("fromPort")} value={String(rule.fromPort)} check={checkPort()} onCommit={(v) => set(i, { ...rule, fromPort: Number(v) }, "fromPort")} testId="rule-from" />
                <TextField label={t("toPort")} value={String(rule.toPort)} check={checkPort()} onCommit={(v) => set(i, { ...rule, toPort: Number(v) }, "toPort")} testId="rule-to" />
              </>
            )}
            <button type="button" className="btn btn-icon" title={t("removeRule")} aria-label={t("removeRule")} onClick={() => onChange(rules.filter((_, j) => j !== i))}>
              ×
            </button>
          </div>
          <div className="rule-line">
            <SelectField label={t(direction === "ingress" ? "source" : "destinationPeer")} value={rule.peer.kind} options={[{ value: "cidr", label: t("peerCidr") }, { value: "security-group", label: t("peerGroup") }]} onChange={(k) => set(i, { ...rule, peer: k === "cidr" ? { kind: "cidr", cidr: "0.0.0.0/0" } : { kind: "security-group", securityGroupId: (groups[0]?.value ?? groupId) as never } })} />
            {rule.peer.kind === "cidr" ? (
              <TextField label={t("cidr")} value={rule.peer.cidr} check={checkCidr} mono onCommit={(cidr) => set(i, { ...rule, peer: { kind: "cidr", cidr } }, "peer")} testId="rule-cidr" />
            ) : (
              <SelectField label={t("peerGroup")} value={rule.peer.securityGroupId} options={groups} onChange={(g) => set(i, { ...rule, peer: { kind: "security-group", securityGroupId: g as never } })} />
            )}
          </div>
          <TextField label={t("description")} value={rule.description} onCommit={(description) => set(i, { ...rule, description }, "description")} findings={findingsAt(findings, `securityGroups.${groupId}.${direction}.${i}`)} />
        </div>
      ))}
      <div className="preset-row">
        {(Object.keys(PRESETS) as (keyof typeof PRESETS)[]).map((p) => (
          <button key={p} type="button" className="btn btn-small" data-testid={`preset-${direction}-${p}`} title={t("presetTitle", { port: PRESETS[p].port })} onClick={() => add(PRESETS[p].port, PRESETS[p].description)}>
            {t(`preset.${p}`)}
          </button>
        ))}
        <button type="button" className="btn btn-small" data-testid={`add-rule-${direction}`} onClick={() => add(8080, "")}>
          {t("customRule")}
        </button>
      </div>
    </fieldset>
  );
}
