"use client";
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useShallow } from "zustand/react/shallow";
import { collectionOf, removeEntities } from "../../lib/design/ops";
import { KIND_OF_COLLECTION } from "../../lib/design/constants";
import { KindIcon } from "../canvas/nodes/icons";
import { useEntityFindings } from "../canvas/findings";
import { applyChange, useDocumentStore } from "../canvas/store";
import { useViewStore } from "../canvas/view-store";
import { FindingList, findingsBesideFields } from "./fields";
import { DesignForm } from "./design-form";
import { describeRelation } from "../../lib/flow/relation";

// A selected line's description loads with the first line selected.
const RelationInspector = dynamic(() => import("./relation-inspector").then((m) => m.RelationInspector));
// "Can this reach…?" and an instance's common answers load with the first selection that shows them.
const ReachSection = dynamic(() => import("../reach/reach-section").then((m) => m.ReachSection));

// Entity forms (and the schema library their field checks use) load when a resource is first
// selected; the first screen shows the design form only.
const EntityForm = dynamic(() => import("./entity-form"));

/** The form for the selected entity (or the design when nothing is), with its findings. */
export function Inspector() {
  const t = useTranslations("designer");
  const design = useDocumentStore((s) => s.design);
  const selection = useViewStore(useShallow((s) => [...s.selection]));
  const id = selection.find((s) => collectionOf(design, s));
  const collection = id ? collectionOf(design, id) : undefined;
  const findings = useEntityFindings(id ?? "");
  if (selection.length > 1) return <p className="inspector-intro" data-testid="inspector">{t("inspector.multi", { count: selection.length })}</p>;
  const relation = selection.length === 1 && !id ? describeRelation(design, selection[0]!) : null;
  if (relation) return <RelationInspector relation={relation} />;
  if (!id || !collection) {
    return (
      <div className="inspector" data-testid="inspector">
        <DesignForm design={design} />
      </div>
    );
  }
  const kind = KIND_OF_COLLECTION[collection];
  const general = findingsBesideFields(findings, collection, id);
  const name = (design[collection][id] as { name: string }).name;
  return (
    <div className="inspector" data-testid="inspector" data-entity={id}>
      <header className="inspector-head">
        {kind === "elastic-ip" ? null : <KindIcon kind={kind} size={30} />}
        <div>
          <div className="inspector-kind">{t(`kind.${kind}`)}</div>
          <div className="inspector-name">{name}</div>
        </div>
        <button type="button" className="btn btn-danger btn-small" title={t("inspector.deleteTitle")} data-testid="inspector-delete" onClick={() => applyChange((d) => removeEntities(d, [id]))}>
          {t("inspector.delete")}
        </button>
      </header>
      {general.length ? (
        <section className="inspector-findings" aria-label={t("inspector.problems")}>
          <FindingList findings={general} />
        </section>
      ) : null}
      <EntityForm key={id} collection={collection} design={design} id={id} findings={findings} />
      <ReachSection design={design} id={id} kind={kind} />
    </div>
  );
}
