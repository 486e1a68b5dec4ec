"use client";
import { useTranslations } from "next-intl";
import type { Design } from "../../lib/design/schema";
import type { Finding } from "../../lib/rules";
import { isPublicSubnet, subnetEgress, effectiveRouteTable } from "../../lib/design/routing";
import { associateSubnet, disassociateSubnet, nextSubnetCidr } from "../../lib/design/ops";
import { parseCidr, usableAddresses } from "../../lib/cidr";
import { availabilityZonesOf } from "../../lib/catalog/regions";
import { applyChange } from "../canvas/store";
import { CheckField, SelectField, TextField, findingsAt } from "./fields";
import { checkName } from "./checks";
import { checkCidr } from "./schema-checks";
import { useEdit } from "./use-edit";

type FormProps = { design: Design; id: string; findings: readonly Finding[] };

/** VPC: name and CIDR (/16–/28). */
export function VpcForm({ design, id, findings }: FormProps) {
  const t = useTranslations("designer.inspector");
  const vpc = design.vpcs[id]!;
  const edit = useEdit("vpcs", id);
  const at = (f: string) => findingsAt(findings, `vpcs.${id}.${f}`);
  return (
    <>
      <TextField label={t("name")} value={vpc.name} check={checkName} findings={at("name")} onCommit={(name) => edit({ name }, "name")} testId="field-name" />
      <TextField label={t("cidr")} value={vpc.cidr} check={checkCidr} findings={at("cidr")} onCommit={(cidr) => edit({ cidr }, "cidr")} testId="field-cidr" mono help={t("vpcCidrHelp")} />
    </>
  );
}

/** Subnet: name, CIDR (with the next free block one click away), AZ, auto-assign public IP, route table. */
export function SubnetForm({ design, id, findings }: FormProps) {
  const t = useTranslations("designer.inspector");
  const subnet = design.subnets[id]!;
  const edit = useEdit("subnets", id);
  const at = (f: string) => findingsAt(findings, `subnets.${id}.${f}`);
  const parsed = parseCidr(subnet.cidr);
  const zones = [...new Set([...design.availabilityZones, ...availabilityZonesOf(design.region), subnet.availabilityZone])];
  const tables = Object.values(design.routeTables).filter((r) => r.vpcId === subnet.vpcId);
  const explicit = tables.find((r) => r.subnetIds.includes(subnet.id));
  const effective = effectiveRouteTable(design, subnet);
  const free = nextSubnetCidr(design, subnet.vpcId, parsed.ok ? parsed.value.prefix : 24);
  const setTable = (tableId: string) => applyChange((d) => (tableId ? associateSubnet(d, tableId, id) : explicit ? disassociateSubnet(d, explicit.id, id) : d));
  const isPublic = isPublicSubnet(design, subnet.id);
  return (
    <>
      <p className={`derived derived-${isPublic ? "public" : "private"}`} data-testid="subnet-kind">
        {t(isPublic ? "subnetPublic" : "subnetPrivate", { egress: t(`egress.${subnetEgress(design, subnet.id)}`) })}
      </p>
      <TextField label={t("name")} value={subnet.name} check={checkName} findings={at("name")} onCommit={(name) => edit({ name }, "name")} testId="field-name" />
      <TextField
        label={t("cidr")}
        value={subnet.cidr}
        check={checkCidr}
        findings={at("cidr")}
        onCommit={(cidr) => edit({ cidr }, "cidr")}
        testId="field-cidr"
        mono
        help={parsed.ok ? t("freeAddresses", { count: usableAddresses(parsed.value.prefix) }) : undefined}
        suffix={free ? <button type="button" className="btn btn-small" title={t("useNextFree", { cidr: free })} onClick={() => edit({ cidr: free })}>{t("nextFree")}</button> : null}
      />
      <SelectField label={t("zone")} value={subnet.availabilityZone} options={zones.map((z) => ({ value: z, label: z }))} onChange={(availabilityZone) => edit({ availabilityZone })} testId="field-zone" />
      <CheckField label={t("autoIp")} checked={subnet.mapPublicIpOnLaunch} onChange={(mapPublicIpOnLaunch) => edit({ mapPublicIpOnLaunch })} help={t("autoIpHelp")} testId="field-auto-ip" />
      <SelectField
        label={t("routeTable")}
        value={explicit?.id ?? ""}
        options={[{ value: "", label: t("mainTable", { name: effective && !explicit ? effective.name : "—" }) }, ...tables.map((r) => ({ value: r.id, label: r.name }))]}
        onChange={setTable}
        testId="field-route-table"
        help={t("routeTableHelp")}
      />
    </>
  );
}

/** Internet gateway: name and the VPC it is attached to. */
export function InternetGatewayForm({ design, id, findings }: FormProps) {
  const t = useTranslations("designer.inspector");
  const igw = design.internetGateways[id]!;
  const edit = useEdit("internetGateways", id);
  const vpcs = Object.values(design.vpcs).map((v) => ({ value: v.id, label: `${v.name} (${v.cidr})` }));
  return (
    <>
      <TextField label={t("name")} value={igw.name} check={checkName} findings={findingsAt(findings, `internetGateways.${id}.name`)} onCommit={(name) => edit({ name }, "name")} testId="field-name" />
      <SelectField label={t("attachedTo")} value={igw.vpcId ?? ""} options={[{ value: "", label: t("detached") }, ...vpcs]} onChange={(v) => edit({ vpcId: (v || null) as typeof igw.vpcId })} help={t("igwHelp")} />
    </>
  );
}

/** NAT gateway: name; its Elastic IP and subnet are shown, the rules say when they are wrong. */
export function NatGatewayForm({ design, id, findings }: FormProps) {
  const t = useTranslations("designer.inspector");
  const nat = design.natGateways[id]!;
  const edit = useEdit("natGateways", id);
  const subnet = design.subnets[nat.subnetId];
  return (
    <>
      <TextField label={t("name")} value={nat.name} check={checkName} findings={findingsAt(findings, `natGateways.${id}.name`)} onCommit={(name) => edit({ name }, "name")} testId="field-name" />
      <p className="field-help">{t("natHelp", { subnet: subnet?.name ?? nat.subnetId, eip: nat.elasticIpId ?? "—" })}</p>
    </>
  );
}
