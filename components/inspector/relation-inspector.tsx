"use client";
import { useTranslations } from "next-intl";
import { removeRelation } from "../../lib/flow/edges";
import type { Relation } from "../../lib/flow/relation";
import { applyChange } from "../canvas/store";
import { useViewStore } from "../canvas/view-store";

/**
 * A selected relation line: what it connects and what Delete would change, so a line picked by
 * a stray click is recognised before it is removed. Selecting either end jumps to it.
 */
export function RelationInspector({ relation }: { relation: Relation }) {
  const t = useTranslations("designer.relation");
  const values = { source: relation.source, target: relation.target, destinations: relation.destinations };
  const remove = () => {
    applyChange((d) => removeRelation(d, relation.id));
    useViewStore.getState().select([]);
  };
  return (
    <div className="inspector" data-testid="inspector" data-relation={relation.id}>
      <header className="inspector-head">
        <div>
          <div className="inspector-kind">{t("title")}</div>
          <div className="inspector-name" data-testid="relation-kind">{t(`kind.${relation.kind}`)}</div>
        </div>
        <button type="button" className="btn btn-danger btn-small" title={t("deleteTitle")} data-testid="relation-delete" onClick={remove}>
          {t("delete")}
        </button>
      </header>
      <p className="derived" data-testid="relation-explain">{t(`explain.${relation.kind}`, values)}</p>
      <div className="relation-ends">
        {[relation.sourceId, relation.targetId].map((id, n) => (
          <button key={id} type="button" className="btn btn-small" data-testid={`relation-${n ? "target" : "source"}`} onClick={() => useViewStore.getState().revealEntity(id)}>
            {n ? relation.target : relation.source}
          </button>
        ))}
      </div>
      <p className="field-help" data-testid="relation-effect">{t(`effect.${relation.kind}`, values)}</p>
    </div>
  );
}
