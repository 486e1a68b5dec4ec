"use client";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { useReactFlow } from "@xyflow/react";
import { useTranslations } from "next-intl";
import type { TemplateInfo } from "../../lib/templates";
import { selectCanRedo, selectCanUndo, useDocumentStore } from "../canvas/store";
import { useViewStore } from "../canvas/view-store";
import { exportCode } from "./code-export";
import { autoLayout, exportJson, importFile, newDesign, openTemplate } from "./commands";
import { Menu, MenuItem } from "./menu";
import { fitReadable } from "../canvas/fit";
import { ToolIcon, type Glyph } from "./tool-icons";
import { LocaleSwitch } from "./locale-switch";
import { RecentMenu } from "./recent-menu";
import { useFinderStore } from "../finder/finder-store";
import { selectedKind, useHelpStore } from "../help/help-store";
import { withParticles } from "../../lib/i18n/particles";
import dynamic from "next/dynamic";

// Import from AWS (its dialog and server calls) loads when first opened.
const ImportAwsDialog = dynamic(() => import("./import-aws-dialog").then((m) => m.ImportAwsDialog));

/** The template menu's entries; the catalogue loads when the menu first opens. */
function TemplateItems({ close }: { close(): void }) {
  const tt = useTranslations("designer.templates");
  const [list, setList] = useState<TemplateInfo[]>([]);
  useEffect(() => {
    void import("../../lib/templates").then((m) => setList(m.listTemplates()));
  }, []);
  return list.map((tpl) => (
    <MenuItem key={tpl.name} testId={`template-${tpl.name}`} hint={tt.has(`${tpl.name}.description`) ? tt(`${tpl.name}.description`) : tpl.description} onSelect={() => (void openTemplate(tpl.name), close())}>
      {tt.has(`${tpl.name}.title`) ? tt(`${tpl.name}.title`) : tpl.title}
    </MenuItem>
  ));
}

/** A toolbar button whose accessible name is its label and whose tooltip adds the shortcut. */
function Tool({ glyph, label, shortcut, onClick, disabled, testId }: { glyph: Glyph; label: string; shortcut?: string; onClick(): void; disabled?: boolean; testId: string }) {
  const title = shortcut ? `${label} (${shortcut})` : label;
  return (
    <button type="button" className="tool" aria-label={label} title={title} onClick={onClick} disabled={disabled} data-testid={testId}>
      <ToolIcon glyph={glyph} />
    </button>
  );
}

/** File, edit and view commands; the design's name; theme and language. */
export function Toolbar({ theme, onToggleTheme, accountSlot }: { theme: "light" | "dark"; onToggleTheme(): void; accountSlot?: ReactNode }) {
  const t = useTranslations("designer.toolbar");
  const tw = useTranslations("workspace");
  const rf = useReactFlow();
  const fileInput = useRef<HTMLInputElement>(null);
  const [isImportAwsOpen, setImportAwsOpen] = useState(false);
  const canUndo = useDocumentStore(selectCanUndo);
  const canRedo = useDocumentStore(selectCanRedo);
  const name = useDocumentStore((s) => s.design.name);
  const undo = useDocumentStore((s) => s.undo);
  const redo = useDocumentStore((s) => s.redo);
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const result = await importFile(file);
    if (!result.ok) useViewStore.getState().setNotice({ title: t("importFailed", withParticles({ file: file.name })), detail: result.detail });
    else useViewStore.getState().toast(t("imported", withParticles({ file: file.name })));
    if (fileInput.current) fileInput.current.value = "";
  };
  // The image exporter (and the library it uses) loads on the first export.
  const image = (format: "png" | "svg") => void import("./image-export").then((m) => m.exportImage(format, rf));
  return (
    <header className="toolbar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true" />
        <span className="brand-name">{t("product")}</span>
        <span className="design-name" data-testid="design-name">{name}</span>
      </div>
      <div className="tool-group" role="toolbar" aria-label={t("file")}>
        <Tool glyph="new" label={t("new")} shortcut="Alt+N" onClick={() => newDesign(t("untitled"))} testId="tool-new" />
        <Menu label={<ToolIcon glyph="template" />} title={t("openTemplate")} testId="tool-template">
          {(close) => <TemplateItems close={close} />}
        </Menu>
        <RecentMenu />
        <Tool glyph="import" label={t("import")} shortcut="Ctrl+O" onClick={() => fileInput.current?.click()} testId="tool-import" />
        <Tool glyph="cloud" label={t("importAws")} onClick={() => setImportAwsOpen(true)} testId="tool-import-aws" />
        {isImportAwsOpen ? <ImportAwsDialog isOpen onClose={() => setImportAwsOpen(false)} /> : null}
        <input ref={fileInput} type="file" accept="application/json,.json" hidden data-testid="import-input" onChange={(e) => void onFile(e.target.files?.[0])} />
        <Menu label={<ToolIcon glyph="export" />} title={t("export")} testId="tool-export">
          {(close) => (
            <>
              <MenuItem testId="export-json" hint="Ctrl+S" onSelect={() => (exportJson(), close())}>{t("exportJson")}</MenuItem>
              <MenuItem testId="export-png" onSelect={() => (image("png"), close())}>{t("exportPng")}</MenuItem>
              <MenuItem testId="export-svg" onSelect={() => (image("svg"), close())}>{t("exportSvg")}</MenuItem>
              <MenuItem testId="export-terraform" onSelect={() => (void exportCode("terraform"), close())}>{t("exportTerraform")}</MenuItem>
              <MenuItem testId="export-cloudformation" onSelect={() => (void exportCode("cloudformation"), close())}>{t("exportCloudFormation")}</MenuItem>
              <MenuItem testId="export-cli" onSelect={() => (void exportCode("cli"), close())}>{t("exportCli")}</MenuItem>
              <MenuItem testId="export-cli-destroy" onSelect={() => (void exportCode("cli-destroy"), close())}>{t("exportCliDestroy")}</MenuItem>
            </>
          )}
        </Menu>
      </div>
      <div className="tool-group" role="toolbar" aria-label={t("edit")}>
        <Tool glyph="undo" label={t("undo")} shortcut="Ctrl+Z" onClick={undo} disabled={!canUndo} testId="tool-undo" />
        <Tool glyph="redo" label={t("redo")} shortcut="Ctrl+Shift+Z" onClick={redo} disabled={!canRedo} testId="tool-redo" />
      </div>
      <div className="tool-group" role="toolbar" aria-label={t("view")}>
        <Tool glyph="search" label={tw("finder.open")} shortcut="Ctrl+K" onClick={() => useFinderStore.getState().setOpen(true)} testId="tool-find" />
        <Tool glyph="help" label={tw("help.open")} onClick={() => useHelpStore.getState().show(selectedKind())} testId="tool-help" />
        <Tool glyph="layout" label={t("autoLayout")} shortcut="Shift+L" onClick={() => void autoLayout().then(() => setTimeout(() => fitReadable(rf), 50))} testId="tool-layout" />
        <Tool glyph="fit" label={t("fitView")} shortcut="Shift+1" onClick={() => fitReadable(rf)} testId="tool-fit" />
        <Tool glyph={theme === "dark" ? "sun" : "moon"} label={t(theme === "dark" ? "lightTheme" : "darkTheme")} onClick={onToggleTheme} testId="tool-theme" />
        <LocaleSwitch />
      </div>
      {accountSlot}
    </header>
  );
}
