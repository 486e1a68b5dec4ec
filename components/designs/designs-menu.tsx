"use client";
import { useEffect, useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { designHistoryAction, listDesignsAction } from "../../app/actions/designs";
import type { DesignSummary, DesignVersionInfo } from "../../lib/designs";
import { Menu, MenuItem } from "../shell/menu";
import { ToolIcon } from "../shell/tool-icons";
import { openSavedDesign } from "./session";
import styles from "./designs.module.css";

type Loaded<T> = { state: "loading" } | { state: "failed" } | { state: "ready"; data: T };

/** Loads an action's list when the component mounts (the menu opens); a failure is one state, not a throw. */
function useLoaded<T>(load: () => Promise<{ ok: true; data: T } | { ok: false }>): Loaded<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: "loading" });
  useEffect(() => {
    let isCurrent = true;
    load()
      .then((r) => isCurrent && setLoaded(r.ok ? { state: "ready", data: r.data } : { state: "failed" }))
      .catch(() => isCurrent && setLoaded({ state: "failed" }));
    return () => void (isCurrent = false);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- loads once per opening
  }, []);
  return loaded;
}

/** Where an instructor reads a student's design: the designer, read-only (app/page.tsx). */
export const viewerHref = (id: string, version?: number) => `/?design=${encodeURIComponent(id)}${version ? `&version=${version}` : ""}`;

/**
 * "My designs": the designs saved on the server under this account, newest first, each with its
 * versions. An instructor (`isViewing`) sees their class's students' designs, each opening in
 * a read-only view of its own.
 */
export function DesignsMenu({ isViewing = false }: { isViewing?: boolean }) {
  const t = useTranslations("designs.menu");
  return (
    <Menu label={<ToolIcon glyph="folder" />} title={t(isViewing ? "classTitle" : "title")} testId="tool-my-designs">
      {(close) => <DesignList close={close} isViewing={isViewing} />}
    </Menu>
  );
}

function DesignList({ close, isViewing }: { close(): void; isViewing: boolean }) {
  const t = useTranslations("designs.menu");
  const format = useFormatter();
  const list = useLoaded(listDesignsAction);
  const [expanded, setExpanded] = useState<string | null>(null);
  if (list.state !== "ready") return <p className={styles.note} data-testid="my-designs-note">{t(list.state)}</p>;
  if (list.data.length === 0) return <p className={styles.note} data-testid="my-designs-empty">{t("empty")}</p>;
  const open = (id: string, version?: number) => (close(), isViewing ? window.location.assign(viewerHref(id, version)) : void openSavedDesign(id, version));
  return list.data.map((d: DesignSummary) => (
    <div key={d.id} data-testid="my-design" data-design-id={d.id}>
      <div className={styles.row}>
        <MenuItem testId="my-design-open" hint={d.ownerName ? t("ownerHint", { owner: d.ownerName, version: d.version, when: format.relativeTime(d.savedAt) }) : t("hint", { version: d.version, when: format.relativeTime(d.savedAt) })} onSelect={() => open(d.id)}>
          {d.name}
        </MenuItem>
        <button type="button" className={styles.toggle} aria-expanded={expanded === d.id} data-testid="my-design-versions" onClick={() => setExpanded(expanded === d.id ? null : d.id)}>
          {t("versions")}
        </button>
      </div>
      {expanded === d.id ? <VersionList id={d.id} onOpen={(version) => open(d.id, version)} /> : null}
    </div>
  ));
}

function VersionList({ id, onOpen }: { id: string; onOpen(version: number): void }) {
  const t = useTranslations("designs.menu");
  const format = useFormatter();
  const history = useLoaded(() => designHistoryAction({ id }));
  if (history.state !== "ready") return <p className={styles.note}>{t(history.state)}</p>;
  return (
    <div className={styles.versions} data-testid="design-versions">
      {history.data.map((v: DesignVersionInfo) => (
        <MenuItem key={v.version} testId={`design-version-${v.version}`} hint={format.dateTime(v.savedAt, { dateStyle: "medium", timeStyle: "short" })} onSelect={() => onOpen(v.version)}>
          {t("version", { version: v.version, name: v.name })}
        </MenuItem>
      ))}
    </div>
  );
}
