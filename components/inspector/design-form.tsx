"use client";
import { useLocale, useTranslations } from "next-intl";
import type { Design } from "../../lib/design/schema";
import { REGIONS, availabilityZonesOf } from "../../lib/catalog/regions";
import { setAvailabilityZones } from "../../lib/design/ops";
import { applyChange } from "../canvas/store";
import { CheckList, SelectField, TextField } from "./fields";
import { checkName } from "./checks";

/** With nothing selected: the design's name, region and the AZ columns it uses. */
export function DesignForm({ design }: { design: Design }) {
  const t = useTranslations("designer.inspector");
  const locale = useLocale() === "ko" ? "ko" : "en";
  const zones = [...new Set([...availabilityZonesOf(design.region), ...design.availabilityZones])];
  const counts = { vpcs: Object.keys(design.vpcs).length, subnets: Object.keys(design.subnets).length, instances: Object.keys(design.instances).length };
  return (
    <>
      <p className="inspector-intro">{t("nothingSelected")}</p>
      <TextField label={t("designName")} value={design.name} check={checkName} onCommit={(name) => applyChange((d) => ({ ...d, name }), "design.name")} testId="field-design-name" />
      <SelectField
        label={t("region")}
        value={design.region}
        options={REGIONS.map((r) => ({ value: r.code, label: `${r.name[locale]} · ${r.code}` }))}
        onChange={(region) => applyChange((d) => ({ ...d, region, availabilityZones: d.availabilityZones.filter((z) => z.startsWith(region)) }))}
        testId="field-region"
      />
      <CheckList
        label={t("zones")}
        options={zones.map((z) => ({ value: z, label: z }))}
        selected={design.availabilityZones}
        empty={t("noZones")}
        onChange={(next) => applyChange((d) => setAvailabilityZones(d, zones.filter((z) => next.includes(z))))}
        testId="field-zones"
      />
      <p className="field-help">{t("summary", counts)}</p>
    </>
  );
}
