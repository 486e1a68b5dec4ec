"use client";
import { memo } from "react";
import type { NodeProps, Node } from "@xyflow/react";
import { useTranslations } from "next-intl";
import type { NodeData } from "../../../lib/flow/node-data";
import { IssueBadge, StatusPill, usePhaseClass } from "./badges";
import { StatusFacts } from "./live-facts";
import { Handles } from "./handles";
import { KindIcon } from "./icons";

type LeafProps = NodeProps<Node<NodeData>>;

/** Chips listing the security groups of an instance or load balancer. */
function GroupChips({ groups }: { groups: string }) {
  if (!groups) return null;
  return (
    <span className="chips">
      {groups.split(", ").map((g) => (
        <span key={g} className="chip chip-sg">{g}</span>
      ))}
    </span>
  );
}

/** The second line of a leaf card, per kind. */
function Detail({ data }: { data: NodeData }) {
  const t = useTranslations("designer.node");
  switch (data.kind) {
    case "instance":
      return <span className="leaf-sub">{t("instanceSub", { type: String(data.instanceType), ip: data.publicIp ? t("publicIp") : t("privateOnly") })}</span>;
    case "nat-gateway":
      return <span className="leaf-sub">{data.eip ? t("natEip", { eip: String(data.eip) }) : t("natNoEip")}</span>;
    case "internet-gateway":
      return <span className="leaf-sub">{data.attached ? t("attached") : t("detached")}</span>;
    case "route-table":
      return <span className="leaf-sub routes">{String(data.routes)}</span>;
    case "security-group":
      return <span className="leaf-sub">{data.ingressCount ? t("sgIngress", { ports: String(data.ingress) }) : t("sgNoIngress")}</span>;
    case "target-group":
      return <span className="leaf-sub">{t("tgSub", { protocol: String(data.protocol), port: Number(data.port), count: Number(data.targetCount) })}</span>;
    case "load-balancer":
      return <span className="leaf-sub">{t("lbSub", { scheme: t(data.scheme === "internal" ? "internal" : "internetFacing"), listeners: String(data.listeners || "—") })}</span>;
    default:
      return null;
  }
}

/** A resource card: icon, name, kind, one detail line, badges, deployment status. */
export const LeafNode = memo(function LeafNode({ data, selected }: LeafProps) {
  const t = useTranslations("designer.kind");
  const phase = usePhaseClass(data.entityId);
  return (
    <div className={`leaf leaf-${data.kind} ${selected ? "is-selected" : ""} ${phase}`} data-testid={`node-${data.entityId}`} data-kind={data.kind}>
      <Handles kind={data.kind} />
      <KindIcon kind={data.kind} size={30} />
      <div className="leaf-body">
        <span className="leaf-title">
          <span className="leaf-name">{data.name}</span>
          <span className="leaf-kind">{t(data.kind)}</span>
        </span>
        <Detail data={data} />
        <span className="leaf-foot">
          {data.kind === "instance" || data.kind === "load-balancer" ? <GroupChips groups={String(data.groups ?? "")} /> : null}
          <StatusFacts entityId={data.entityId} />
        </span>
      </div>
      <IssueBadge errors={data.errors} warnings={data.warnings} />
      <StatusPill entityId={data.entityId} />
    </div>
  );
});
