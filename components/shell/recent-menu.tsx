"use client";
import { useFormatter, useTranslations } from "next-intl";
import { designText } from "../canvas/persistence";
import { currentDesign } from "../canvas/store";
import { useViewStore } from "../canvas/view-store";
import { openRecent } from "./commands";
import { Menu, MenuItem } from "./menu";
import { listRecent } from "./recent-designs";
import { ToolIcon } from "./tool-icons";

/** Recent designs: the last few designs this browser replaced, newest first; choosing one opens it (undoably). */
export function RecentMenu() {
  const t = useTranslations("workspace.recent");
  return (
    <Menu label={<ToolIcon glyph="recent" />} title={t("title")} testId="tool-recent">
      {(close) => <RecentItems close={close} />}
    </Menu>
  );
}

function RecentItems({ close }: { close(): void }) {
  const t = useTranslations("workspace.recent");
  const format = useFormatter();
  const current = designText(currentDesign());
  const list = listRecent().filter((r) => r.text !== current);
  if (list.length === 0) return <p className="menu-empty" data-testid="recent-empty">{t("empty")}</p>;
  const open = async (text: string) => {
    close();
    if (!(await openRecent(text))) useViewStore.getState().notify({ key: "workspace.recent.unreadable" });
  };
  return list.map((r, i) => (
    <MenuItem key={`${r.savedAt}-${i}`} testId="recent-item" hint={format.relativeTime(r.savedAt)} onSelect={() => void open(r.text)}>
      {r.name}
    </MenuItem>
  ));
}
