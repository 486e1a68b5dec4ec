"use client";
import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import type { LogLine } from "../../lib/deploy/view";
import styles from "./deploy.module.css";

const MARK: Record<LogLine["level"], string> = { info: "▶", ok: "✓", error: "✗", skip: "–" };

/** The deployment log in the reader's language, newest at the bottom and kept in view. */
export function DeploymentLog({ lines }: { lines: LogLine[] }) {
  const tStep = useTranslations("deploy.stepKind");
  const ref = useRef<HTMLPreElement>(null);
  useEffect(() => {
    const log = ref.current;
    if (log) log.scrollTop = log.scrollHeight;
  }, [lines.length]);
  const say = (line: LogLine) => {
    if (!line.kind || !line.logicalId || !tStep.has(line.kind)) return line.text;
    const detail = line.awsId ? ` → ${line.awsId}` : line.code ? ` — ${line.code}` : "";
    return `${MARK[line.level]} ${tStep(line.kind, { id: line.logicalId })}${detail}`;
  };
  return (
    <pre ref={ref} className={styles.log} data-testid="deploy-log">
      {lines.map((line) => `${new Date(line.at).toLocaleTimeString()}  ${say(line)}`).join("\n")}
    </pre>
  );
}
