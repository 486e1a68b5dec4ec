"use client";
import { useId } from "react";
import { useTranslations } from "next-intl";
import { getInstanceType, instanceTypesByCategory } from "../../lib/catalog/instance-types";

const GROUPS = instanceTypesByCategory();

/**
 * Instance types grouped by category as in the lab note (general purpose t3/m5, compute c5,
 * memory r5, accelerated g4dn/p3, storage i3/d2), each with vCPU and memory.
 */
export function InstanceTypePicker({ value, onChange }: { value: string; onChange(value: string): void }) {
  const t = useTranslations("designer.inspector");
  const id = useId();
  const info = getInstanceType(value);
  return (
    <div className="field">
      <label htmlFor={id}>{t("instanceType")}</label>
      <select id={id} value={value} data-testid="field-instance-type" onChange={(e) => onChange(e.target.value)}>
        {info ? null : <option value={value}>{value}</option>}
        {GROUPS.map((g) => (
          <optgroup key={g.category} label={t(`category.${g.category}`)}>
            {g.types.map((type) => (
              <option key={type.name} value={type.name}>
                {t("typeOption", { name: type.name, vcpu: type.vcpu, memory: type.memoryGiB })}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <p className="field-help" data-testid="instance-type-info">
        {info ? t("typeInfo", { category: t(`category.${info.category}`), family: info.family, vcpu: info.vcpu, memory: info.memoryGiB, extra: info.extra ?? "", burst: info.burstable ? t("burstable") : "" }) : t("typeUnknown")}
      </p>
    </div>
  );
}
