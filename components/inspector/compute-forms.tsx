"use client";
import { useTranslations } from "next-intl";
import type { Design } from "../../lib/design/schema";
import type { Finding } from "../../lib/rules";
import { FLASK_USER_DATA } from "../../lib/templates/flask-app";
import { CheckField, CheckList, SelectField, TextField, findingsAt } from "./fields";
import { checkName } from "./checks";
import { InstanceTypePicker } from "./instance-type-picker";
import { RuleEditor } from "./rule-editor";
import { useEdit } from "./use-edit";

type FormProps = { design: Design; id: string; findings: readonly Finding[] };

/** Security group: name, description, inbound and outbound rules. */
export function SecurityGroupForm({ design, id, findings }: FormProps) {
  const t = useTranslations("designer.inspector");
  const group = design.securityGroups[id]!;
  const edit = useEdit("securityGroups", id);
  return (
    <>
      <TextField label={t("name")} value={group.name} check={checkName} findings={findingsAt(findings, `securityGroups.${id}.name`)} onCommit={(name) => edit({ name }, "name")} testId="field-name" />
      <TextField label={t("description")} value={group.description} onCommit={(description) => edit({ description }, "description")} testId="field-description" />
      <RuleEditor design={design} groupId={id} direction="ingress" rules={group.ingress} findings={findings} onChange={(ingress, field) => edit({ ingress }, field)} />
      <RuleEditor design={design} groupId={id} direction="egress" rules={group.egress} findings={findings} onChange={(egress, field) => edit({ egress }, field)} />
    </>
  );
}

/** EC2 instance: name, type, image, subnet, public IP, security groups and user data. */
export function InstanceForm({ design, id, findings }: FormProps) {
  const t = useTranslations("designer.inspector");
  const instance = design.instances[id]!;
  const edit = useEdit("instances", id);
  const vpcId = design.subnets[instance.subnetId]?.vpcId;
  const subnets = Object.values(design.subnets).filter((s) => s.vpcId === vpcId).map((s) => ({ value: s.id, label: `${s.name} (${s.cidr})` }));
  const groups = Object.values(design.securityGroups).filter((g) => g.vpcId === vpcId).map((g) => ({ value: g.id, label: g.name, note: g.description }));
  const at = (f: string) => findingsAt(findings, `instances.${id}.${f}`);
  return (
    <>
      <TextField label={t("name")} value={instance.name} check={checkName} findings={at("name")} onCommit={(name) => edit({ name }, "name")} testId="field-name" />
      <InstanceTypePicker value={instance.instanceType} onChange={(instanceType) => edit({ instanceType })} />
      <SelectField label={t("image")} value={instance.image} options={[{ value: "ubuntu-24.04", label: "Ubuntu 24.04 LTS" }, { value: "amazon-linux-2023", label: "Amazon Linux 2023" }]} onChange={(image) => edit({ image: image as typeof instance.image })} testId="field-image" />
      <SelectField label={t("subnet")} value={instance.subnetId} options={subnets} onChange={(subnetId) => edit({ subnetId: subnetId as typeof instance.subnetId })} testId="field-subnet" />
      <CheckField label={t("publicIp")} checked={instance.associatePublicIp} onChange={(associatePublicIp) => edit({ associatePublicIp })} testId="field-public-ip" help={t("publicIpHelp")} />
      <CheckList label={t("securityGroups")} options={groups} selected={instance.securityGroupIds} empty={t("noGroups")} onChange={(ids) => edit({ securityGroupIds: ids as typeof instance.securityGroupIds })} testId="field-groups" />
      <TextField
        label={t("userData")}
        value={instance.userData}
        multiline
        mono
        findings={at("userData")}
        onCommit={(userData) => edit({ userData }, "userData")}
        testId="field-user-data"
        help={t("userDataHelp")}
        suffix={<button type="button" className="btn btn-small" data-testid="user-data-flask" title={t("flaskTitle")} onClick={() => edit({ userData: FLASK_USER_DATA })}>{t("flaskPreset")}</button>}
      />
    </>
  );
}
