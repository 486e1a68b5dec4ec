"use client";
import { memo } from "react";
import type { NodeProps, Node } from "@xyflow/react";
import { useTranslations } from "next-intl";
import type { NodeData } from "../../../lib/flow/node-data";
import { IssueBadge, StatusPill, usePhaseClass } from "./badges";
import { useEntityStatus } from "../../deploy/deployment-store";
import { StatusFacts } from "./live-facts";
import { Handles } from "./handles";
import { KindIcon } from "./icons";

type Props = NodeProps<Node<NodeData>>;

/** The region frame around every VPC. */
export const RegionNode = memo(function RegionNode({ data }: Props) {
  const t = useTranslations("designer.node");
  return (
    <div className="region" data-testid="node-region">
      <div className="container-head">
        <KindIcon kind="region" size={22} />
        <span className="container-title">{t("region", { region: data.name })}</span>
        <span className="container-meta">{String(data.designName)}</span>
      </div>
      {data.isEmpty ? (
        <div className="empty-hint" data-testid="empty-hint">
          <KindIcon kind="vpc" size={36} />
          <strong>{t("emptyTitle")}</strong>
          <span>{t("emptyHelp")}</span>
        </div>
      ) : null}
    </div>
  );
});

/** A VPC: name and CIDR in the header; AZ columns, bands and gateways inside. */
export const VpcNode = memo(function VpcNode({ data, selected }: Props) {
  const phase = usePhaseClass(data.entityId);
  return (
    <div className={`vpc ${selected ? "is-selected" : ""} ${phase}`} data-testid={`node-${data.entityId}`}>
      <div className="container-head">
        <KindIcon kind="vpc" size={24} />
        <span className="container-title">{data.name}</span>
        <span className="cidr">{String(data.cidr)}</span>
        <StatusPill entityId={data.entityId} />
        <StatusFacts entityId={data.entityId} hasPanel={false} />
        <IssueBadge errors={data.errors} warnings={data.warnings} />
      </div>
    </div>
  );
});

/** One availability-zone column of a VPC. */
export const AzNode = memo(function AzNode({ data }: Props) {
  const t = useTranslations("designer.node");
  return (
    <div className="az" data-testid={`az-${data.name}`} data-zone={data.name}>
      <div className="az-head">{t("az", { zone: data.name })}</div>
    </div>
  );
});

/** A subnet: green when public (routed to an internet gateway), blue when private; CIDR and free addresses. */
export const SubnetNode = memo(function SubnetNode({ data, selected }: Props) {
  const t = useTranslations("designer.node");
  const phase = usePhaseClass(data.entityId);
  // Once deployed, AWS's count of free addresses replaces the design's: one line, not two.
  const hasLiveFacts = (useEntityStatus(data.entityId)?.facts?.length ?? 0) > 0;
  const tone = data.isPublic ? "public" : "private";
  return (
    <div className={`subnet subnet-${tone} ${selected ? "is-selected" : ""} ${phase}`} data-testid={`node-${data.entityId}`} data-public={String(data.isPublic)}>
      <Handles kind="subnet" />
      <div className="subnet-head">
        <span className={`subnet-tag tag-${tone}`}>{t(tone)}</span>
        <span className="container-title">{data.name}</span>
        <IssueBadge errors={data.errors} warnings={data.warnings} />
        <StatusPill entityId={data.entityId} />
      </div>
      <div className="subnet-meta">
        <span className="cidr">{String(data.cidr)}</span>
        {hasLiveFacts ? null : <span className="free">{Number(data.free) >= 0 ? t("free", { count: Number(data.free) }) : t("badCidr")}</span>}
        <span className="egress">{t(`egress.${String(data.egress)}`)}</span>
        <StatusFacts entityId={data.entityId} hasPanel={false} />
      </div>
    </div>
  );
});
