"use client";
import { useTranslations } from "next-intl";
import type { PaletteKind } from "../../lib/flow/drop";
import { KindIcon } from "../canvas/nodes/icons";
import { usePaletteDrag } from "./use-palette-drag";

const GROUPS: readonly { id: string; kinds: readonly PaletteKind[] }[] = [
  { id: "network", kinds: ["vpc", "subnet", "route-table"] },
  { id: "gateways", kinds: ["internet-gateway", "nat-gateway"] },
  { id: "compute", kinds: ["instance", "security-group"] },
  { id: "loadBalancing", kinds: ["load-balancer", "target-group"] },
];

/** Resources to drag onto the canvas, grouped like the lab note, each with a one-line hint. */
export function Palette() {
  const t = useTranslations("designer");
  const { ghost, onPointerDown, addByKeyboard } = usePaletteDrag();
  return (
    <aside className="palette" aria-label={t("palette.title")} data-testid="palette">
      <h2 className="panel-title">{t("palette.title")}</h2>
      <p className="palette-help">{t("palette.help")}</p>
      {GROUPS.map((group) => (
        <section key={group.id} className="palette-group">
          <h3>{t(`palette.group.${group.id}`)}</h3>
          {group.kinds.map((kind) => (
            <button
              key={kind}
              type="button"
              className="palette-item"
              data-testid={`palette-${kind}`}
              title={t(`palette.hint.${kind}`)}
              onPointerDown={(e) => onPointerDown(kind, e)}
              onClick={(e) => e.detail === 0 && addByKeyboard(kind)}
            >
              <KindIcon kind={kind} size={26} />
              <span className="palette-text">
                <span className="palette-name">{t(`kind.${kind}`)}</span>
                <span className="palette-hint">{t(`palette.hint.${kind}`)}</span>
              </span>
            </button>
          ))}
        </section>
      ))}
      {ghost ? (
        <div className="drag-ghost" style={{ left: ghost.x, top: ghost.y }} aria-hidden="true">
          <KindIcon kind={ghost.kind} size={26} />
          <span>{t(`kind.${ghost.kind}`)}</span>
        </div>
      ) : null}
    </aside>
  );
}
