"use client";
import { useTranslations } from "next-intl";
import { ROOT_VOLUME_GIB } from "../../lib/plan/cost";
import type { CostEstimate } from "../../lib/plan";
import styles from "./deploy.module.css";

const money = (n: number, digits: number) => n.toFixed(digits);

/** Cost per hour and per month with the date of the prices; "unknown" where we have no price. */
export function CostSummary({ cost }: { cost: CostEstimate }) {
  const t = useTranslations("deploy.cost");
  return (
    <div className={styles.cost} data-testid="deploy-cost" data-per-hour={cost.perHour.toFixed(4)}>
      <span className={styles.heading}>{t("title")}</span>
      {cost.priceDate ? (
        <>
          <span className={styles.costTotal}>{t("perHour", { amount: money(cost.perHour, 4) })}</span>
          <span>{t("perMonth", { amount: money(cost.perMonth, 2) })}</span>
          {cost.lines.map((line) => (
            <span key={line.item} className={styles.costLine}>
              <span>{t("line", { quantity: line.quantity, item: t(`item.${line.id}`, { type: line.instanceType ?? "", size: ROOT_VOLUME_GIB }) })}</span>
              <span>{line.perHour === null ? t("unknownPrice") : `$${money(line.perHour, 4)}`}</span>
            </span>
          ))}
          {cost.hasUnknown ? <p className={styles.muted}>{t("partial")}</p> : null}
          <p className={styles.muted}>{t("priceDate", { region: cost.region, date: cost.priceDate })}</p>
        </>
      ) : (
        <p className={styles.muted}>{t("unknownRegion", { region: cost.region })}</p>
      )}
    </div>
  );
}
