"use client";
import { useTranslations } from "next-intl";
import type { Design } from "../../lib/design/schema";
import { formatReach, INTERNET, naclAssumption } from "../../lib/reach";
import { nameOfEnd } from "./names";
import { useReachStore } from "./reach-store";
import { useReachLocale, useReachResult } from "./use-reach";

/** The answer to the current question: verdict, hop-by-hop path, the blocker and its code. */
export function ReachAnswerView({ design }: { design: Design }) {
  const t = useTranslations("reach");
  const locale = useReachLocale();
  const result = useReachResult();
  const question = useReachStore((s) => s.question);
  if (!result || !question) return null;
  if (!result.ok) return <p className="reach-error" role="alert" data-testid="reach-error">{result.error.message}</p>;
  const { answer } = result;
  const traffic = question.protocol === "icmp" ? "icmp" : `${question.protocol}/${question.port}`;
  const end = (id: string) => (id === INTERNET ? t("ask.internet") : nameOfEnd(design, id));
  return (
    <section className={`reach-answer is-${answer.verdict}`} data-testid="reach-answer" data-verdict={answer.verdict} aria-live="polite">
      <header className="reach-verdict">
        <strong data-testid="reach-verdict">{t(`verdict.${answer.verdict}`)}</strong>
        <span>{t("question", { from: end(question.from), to: end(question.to), traffic })}</span>
        <span className="reach-via">{answer.via === "direct" ? t("via.direct") : t("via.lb", { name: end(answer.via) })}</span>
      </header>
      <ol className="reach-path" aria-label={t("pathLabel")}>
        {answer.path.map((hop, i) => (
          <li key={`${hop.entityId}-${i}`} className={hop.isBlocked ? "is-blocked" : ""} data-testid="reach-hop" data-entity={hop.entityId}>
            <span className="reach-hop-name">{hop.entityId === INTERNET ? t("ask.internet") : nameOfEnd(design, hop.entityId)}</span>
            <span className="reach-hop-note">{formatReach(hop.key, hop.params, locale)}</span>
          </li>
        ))}
      </ol>
      {answer.blockedAt ? (
        <p className="reach-blocker" data-testid="reach-blocker" data-code={answer.blockedAt.code}>
          {t("blockedAt", { name: nameOfEnd(design, answer.blockedAt.entityId), code: answer.blockedAt.code })}
        </p>
      ) : null}
      <p className="reach-assumption" data-testid="reach-assumption">{naclAssumption(locale)}</p>
      <button type="button" className="btn btn-small" data-testid="reach-clear" onClick={() => useReachStore.getState().clear()}>{t("ask.clear")}</button>
    </section>
  );
}
