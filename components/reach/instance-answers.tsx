"use client";
import { useTranslations } from "next-intl";
import type { Design } from "../../lib/design/schema";
import { formatReach } from "../../lib/reach";
import { nameOfEnd } from "./names";
import { useInstanceSummary, useReachLocale } from "./use-reach";
import { withParticles } from "../../lib/i18n/particles";

/** What a learner asks of every instance: reachable from the Internet on which ports, and can it get out. */
export function InstanceAnswers({ design, id }: { design: Design; id: string }) {
  const t = useTranslations("reach.answers");
  const locale = useReachLocale();
  const summary = useInstanceSummary(id);
  if (!summary) return null;
  const ports = summary.directPorts.map((r) => (r.fromPort === r.toPort ? String(r.fromPort) : `${r.fromPort}-${r.toPort}`)).join(", ");
  const { internet } = summary;
  const out = internet.via
    ? t(internet.via.kind === "nat-gateway" ? "outNat" : "outIgw", { name: nameOfEnd(design, internet.via.id) })
    : t("outBlocked", { reason: internet.blockedAt ? formatReach(internet.blockedAt.key, internet.blockedAt.params, locale) : "" });
  return (
    <section className="reach-answers" aria-label={t("title")} data-testid="instance-answers">
      <h3 className="reach-title">{t("title")}</h3>
      <dl>
        <dt>{t("fromInternet")}</dt>
        <dd data-testid="answer-direct">{ports ? t("directPorts", withParticles({ ports })) : t("noDirect")}</dd>
        {summary.viaLoadBalancer.map((v) => (
          <dd key={`${v.loadBalancerId}-${v.port}`} data-testid="answer-via-lb">{t("viaLb", withParticles({ name: nameOfEnd(design, v.loadBalancerId), port: v.port }))}</dd>
        ))}
        <dt>{t("toInternet")}</dt>
        <dd data-testid="answer-out" data-verdict={internet.verdict}>{out}</dd>
      </dl>
    </section>
  );
}
