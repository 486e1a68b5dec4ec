"use client";
import { useMemo } from "react";
import type { Design } from "../../lib/design/schema";
import { validateDesign, type Finding } from "../../lib/rules";
import type { FindingCounts } from "../../lib/flow/node-data";
import { useDocumentStore } from "./store";

let cache: { design: Design; findings: Finding[] } | null = null;

/** Findings of a design, computed once per document version and shared by every reader. */
export function findingsOf(design: Design): Finding[] {
  if (cache?.design !== design) cache = { design, findings: validateDesign(design) };
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
  const design = useDocumentStore((s) => s.design);
  return useMemo(() => findingsOf(design), [design]);
}

/** Findings that concern one entity. */
export function useEntityFindings(entityId: string): Finding[] {
  const findings = useFindings();
  return useMemo(() => findings.filter((f) => f.entityIds.includes(entityId)), [findings, entityId]);
}
