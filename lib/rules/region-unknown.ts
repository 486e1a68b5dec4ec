import { REGIONS } from "../catalog/regions";
import { defineRule } from "./define-rule";

/** A region outside the catalogue: not a crash, a warning that AZ checks are skipped. */
export const regionUnknown = defineRule("region-unknown", "warning", (ctx, emit) => {
  if (ctx.region) return;
  emit([], "region", { region: ctx.design.region, known: REGIONS.map((r) => r.code).join(", ") });
});
