"use client";
import { useTranslations } from "next-intl";
import type { Design, Route, RouteTarget } from "../../lib/design/schema";
import type { Finding } from "../../lib/rules";
import { CheckField, CheckList, SelectField, TextField, findingsAt } from "./fields";
import { checkName } from "./checks";
import { checkCidr } from "./schema-checks";
import { useEdit } from "./use-edit";

type FormProps = { design: Design; id: string; findings: readonly Finding[] };

const targetValue = (t: RouteTarget) => (t.kind === "internet-gateway" ? `igw:${t.internetGatewayId}` : t.kind === "nat-gateway" ? `nat:${t.natGatewayId}` : "local");
const parseTarget = (v: string): RouteTarget =>
  v.startsWith("igw:") ? { kind: "internet-gateway", internetGatewayId: v.slice(4) as never } : v.startsWith("nat:") ? { kind: "nat-gateway", natGatewayId: v.slice(4) as never } : { kind: "local" };

/** Route table: name, main flag, a route editor (destination → gateway) and associated subnets. */
export function RouteTableForm({ design, id, findings }: FormProps) {
  const t = useTranslations("designer.inspector");
  const table = design.routeTables[id]!;
  const edit = useEdit("routeTables", id);
  const vpc = design.vpcs[table.vpcId];
  const targets = [
    ...Object.values(design.internetGateways).filter((g) => g.vpcId === table.vpcId).map((g) => ({ value: `igw:${g.id}`, label: t("targetIgw", { name: g.name }) })),
    ...Object.values(design.natGateways).filter((n) => design.subnets[n.subnetId]?.vpcId === table.vpcId).map((n) => ({ value: `nat:${n.id}`, label: t("targetNat", { name: n.name }) })),
  ];
  const setRoute = (i: number, route: Route) => edit({ routes: table.routes.map((r, j) => (j === i ? route : r)) }, `routes.${i}`);
  const subnets = Object.values(design.subnets).filter((s) => s.vpcId === table.vpcId).map((s) => ({ value: s.id, label: s.name, note: s.cidr }));
  return (
    <>
      <TextField label={t("name")} value={table.name} check={checkName} findings={findingsAt(findings, `routeTables.${id}.name`)} onCommit={(name) => edit({ name }, "name")} testId="field-name" />
      <CheckField label={t("mainRouteTable")} checked={table.isMain} onChange={(isMain) => edit({ isMain })} help={t("mainHelp")} />
      <fieldset className="field editor" data-testid="route-editor">
        <legend>{t("routes")}</legend>
        <div className="editor-row is-static">
          <span className="mono">{vpc?.cidr ?? "—"}</span>
          <span className="mono">{t("localTarget")}</span>
        </div>
        {table.routes.map((route, i) => (
          <div className="editor-row" key={i} data-testid="route-row">
            <TextField label={t("destination")} value={route.destination} check={checkCidr} mono findings={findingsAt(findings, `routeTables.${id}.routes.${i}`)} onCommit={(destination) => setRoute(i, { ...route, destination })} testId="route-destination" />
            <SelectField label={t("target")} value={targetValue(route.target)} options={[{ value: "local", label: t("localTarget") }, ...targets]} onChange={(v) => setRoute(i, { ...route, target: parseTarget(v) })} testId="route-target" />
            <button type="button" className="btn btn-icon" title={t("removeRoute")} aria-label={t("removeRoute")} onClick={() => edit({ routes: table.routes.filter((_, j) => j !== i) })}>
              ×
            </button>
          </div>
        ))}
        <button type="button" className="btn btn-small" data-testid="add-route" disabled={targets.length === 0} onClick={() => edit({ routes: [...table.routes, { destination: "0.0.0.0/0", target: parseTarget(targets[0]?.value ?? "local") }] })}>
          {t("addRoute")}
        </button>
        {targets.length === 0 ? <p className="field-help">{t("noTargets")}</p> : null}
      </fieldset>
      <CheckList label={t("associations")} options={subnets} selected={table.subnetIds} empty={t("noSubnets")} onChange={(ids) => edit({ subnetIds: ids as typeof table.subnetIds })} testId="route-associations" />
    </>
  );
}
