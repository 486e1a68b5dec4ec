"use client";
import { useMemo, useSyncExternalStore } from "react";
import type { Design } from "../../lib/design/schema";
import type { Finding } from "../../lib/rules";
import type { Locale } from "../../lib/rules/format";
import type { FindingCounts } from "../../lib/flow/node-data";
import { useDocumentStore } from "./store";

type Rules = typeof import("../../lib/rules");

let cache: { design: Design; findings: Finding[] } | null = null;
const NONE: Finding[] = [];
/** The rules and their message catalogues (both languages), loaded with the first check. */
let rules: Rules | null = null;

let isFirstViewShown = false;
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => (listeners.add(listener), () => void listeners.delete(listener));

/**
 * Called by the canvas once it is mounted: the rules load and the design is checked from the
 * frame after the first view is painted. Reopening 2,000 resources otherwise ran every rule
 * before anything showed, and the first screen carried the rules' code; the badges and the
 * problem count follow a moment later. Every edit after that is checked as it is made (the
 * keystroke's finding reaches the inspector at once).
 */
export function checkAfterFirstView(): void {
  if (isFirstViewShown) return;
  const loading = import("../../lib/rules");
  requestAnimationFrame(() =>
    setTimeout(() => {
      void loading.then((loaded) => {
        rules = loaded;
        isFirstViewShown = true;
        for (const listener of listeners) listener();
      });
    }, 0),
  );
}

/** Whether findings are computed yet (false only until the first view is on screen). */
export function useIsChecked(): boolean {
  return useSyncExternalStore(subscribe, () => isFirstViewShown, () => false);
}

/** Findings of a design once the first view is shown (`checkAfterFirstView`), none before. */
export function useFindingsOf(design: Design): Finding[] {
  const isShown = useIsChecked();
  return useMemo(() => (isShown ? findingsOf(design) : NONE), [isShown, design]);
}

/** Findings of a design, computed once per document version and shared by every reader (none until the rules are loaded). */
export function findingsOf(design: Design): Finding[] {
  if (!rules) return NONE;
  if (cache?.design !== design) cache = { design, findings: rules.validateDesign(design) };
  return cache.findings;
}

/** Error and warning counts per canvas node; an Elastic IP's findings mark the NAT gateway that uses it. */
export function countFindings(design: Design, findings: readonly Finding[]): FindingCounts {
  const eipOwner = new Map(Object.values(design.natGateways).flatMap((n) => (n.elasticIpId ? [[n.elasticIpId as string, n.id as string]] : [])));
  const counts = new Map<string, { errors: number; warnings: number }>();
  for (const f of findings) {
    if (f.severity === "info") continue;
    for (const raw of new Set(f.entityIds.map((id) => eipOwner.get(id) ?? id))) {
      const c = counts.get(raw) ?? { errors: 0, warnings: 0 };
      counts.set(raw, f.severity === "error" ? { ...c, errors: c.errors + 1 } : { ...c, warnings: c.warnings + 1 });
    }
  }
  return counts;
}

/** The current design's findings; updates as the document changes (every keystroke that commits). */
export function useFindings(): Finding[] {
  return useFindingsOf(useDocumentStore((s) => s.design));
}

/** Findings that concern one entity. */
export function useEntityFindings(entityId: string): Finding[] {
  const findings = useFindings();
  return useMemo(() => findings.filter((f) => f.entityIds.includes(entityId)), [findings, entityId]);
}

/** A finding's message in the reader's language (every finding shown came from the loaded rules). */
export function formatFindingText(finding: Finding, locale: Locale): string {
  return rules ? rules.formatFinding(finding, locale) : finding.message;
}
