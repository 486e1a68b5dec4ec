"use client";
import type { LiveText } from "../../../lib/live/text";
import { useEntityStatus } from "../../deploy/deployment-store";
import { useLiveText } from "../../i18n/use-live-text";
import dynamic from "next/dynamic";

// The copy button (and the status panel's styles it uses) loads once a deployment has facts to show.
const CopyButton = dynamic(() => import("../../status/copy-button").then((m) => m.CopyButton));

/** The value worth copying in a fact: an address or a DNS name. */
const copyable = (fact: LiveText): string | undefined => {
  const value = fact.params?.ip ?? fact.params?.dns;
  return value === undefined ? undefined : String(value);
};

/**
 * What the live deployment says about a node, one line per fact, each in full: the first on
 * the card itself (just the address when it is one, so it fits), all of them (with copy buttons for IPs and DNS names) in a panel that
 * opens while the pointer or keyboard focus is on a resource card (`hasPanel`; a container
 * has one fact, on its header).
 */
export function StatusFacts({ entityId, hasPanel = true }: { entityId: string; hasPanel?: boolean }) {
  const status = useEntityStatus(entityId);
  const say = useLiveText();
  const facts = status?.facts ?? [];
  if (facts.length === 0) return null;
  const lines = facts.map((fact) => ({ text: say(fact), copy: copyable(fact) }));
  return (
    <>
      <span className="status-detail" data-testid="status-detail">{lines[0]!.copy ?? lines[0]!.text}</span>
      {hasPanel ? (
        <span className="live-facts nodrag nopan" data-testid="live-facts" role="list">
          {lines.map((line, n) => (
            <span key={n} className="live-fact" role="listitem" data-testid="live-fact">
              <span>{line.text}</span>
              {line.copy ? <CopyButton value={line.copy} /> : null}
            </span>
          ))}
        </span>
      ) : null}
    </>
  );
}
