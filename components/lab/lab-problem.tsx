"use client";
import { useLocale, useTranslations } from "next-intl";
import type { LabProblem } from "../../lib/lab";
import { formatReach } from "../../lib/reach";
import { formatFinding } from "../../lib/rules";
import { useViewStore } from "../canvas/view-store";
import { withParticles } from "../../lib/i18n/particles";

/** One missing or wrong thing, in the learner's language; clicking it shows the entity on the canvas. */
export function LabProblemItem({ problem }: { problem: LabProblem }) {
  const t = useTranslations("lab.problems");
  const tr = useTranslations("reach.ask");
  const locale = useLocale() === "ko" ? "ko" : "en";
  // Ends named "internet" by lib/lab read as the Internet in the learner's language.
  const params = Object.fromEntries(Object.entries(problem.params).map(([k, v]) => [k, v === "internet" ? tr("internet") : v]));
  const head = t(problem.key, withParticles(params));
  const detail = problem.finding ? formatFinding(problem.finding, locale) : problem.blocker ? `${formatReach(problem.blocker.key, problem.blocker.params, locale)} [${problem.blocker.code}]` : null;
  const target = problem.entityIds[0];
  const text = detail ? `${head}: ${detail}` : head;
  return (
    <li data-testid="lab-problem" data-key={problem.key}>
      {target ? (
        <button type="button" className="lab-problem-link" onClick={() => useViewStore.getState().revealEntity(target)}>{text}</button>
      ) : (
        text
      )}
    </li>
  );
}
