"use client";
import { useMemo } from "react";
import { useLocale } from "next-intl";
import { designEdges } from "../../lib/flow/edges";
import { buildEnv, instanceSummary, reach, type ReachAnswer, type ReachEnv, type ReachResult } from "../../lib/reach";
import type { Design } from "../../lib/design/schema";
import { useDocumentStore } from "../canvas/store";
import { useReachStore } from "./reach-store";

let cache: { design: Design; env: ReachEnv } | null = null;

/** One reachability index per document version, shared by the panel, the overlay and the answers. */
export function reachEnvOf(design: Design): ReachEnv {
  if (cache?.design !== design) cache = { design, env: buildEnv(design) };
  return cache.env;
}

/** The language lib/reach should write its notes in. */
export function useReachLocale(): "en" | "ko" {
  return useLocale() === "ko" ? "ko" : "en";
}

/** The answer to the current question on the current design, re-derived after every edit. */
export function useReachResult(): ReachResult | null {
  const design = useDocumentStore((s) => s.design);
  const question = useReachStore((s) => s.question);
  return useMemo(() => (question ? reach(reachEnvOf(design), question) : null), [design, question]);
}


/** Common answers for one instance (ports from the Internet, the way out). */
export function useInstanceSummary(id: string) {
  const design = useDocumentStore((s) => s.design);
  return useMemo(() => instanceSummary(reachEnvOf(design), id), [design, id]);
}

/** Canvas edges that join two consecutive ends of the path (or an end and its subnet), by edge id. */
export function pathEdges(design: Design, answer: ReachAnswer): string[] {
  const onPath = new Set(answer.path.map((h) => h.entityId));
  for (const id of [...onPath]) {
    const instance = design.instances[id as keyof Design["instances"]];
    if (instance) onPath.add(instance.subnetId);
    const nat = design.natGateways[id as keyof Design["natGateways"]];
    if (nat) onPath.add(nat.subnetId);
  }
  return designEdges(design).filter((e) => onPath.has(e.source) && onPath.has(e.target)).map((e) => e.id);
}
