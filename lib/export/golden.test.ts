import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { getTemplate } from "../templates";
import { EXPORT_FORMATS, exportDesign } from "./index";

const GOLDEN = fileURLToPath(new URL("./golden/", import.meta.url));
const TEMPLATES = ["seed-lab", "three-tier-ha", "web-server"];
/** `UPDATE_GOLDEN=1 npx vitest run lib/export/golden.test.ts` rewrites the files after a deliberate change. */
const UPDATE = process.env.UPDATE_GOLDEN === "1";

describe("each exporter on each template", () => {
  for (const template of TEMPLATES) {
    for (const format of EXPORT_FORMATS) {
      it(`${format} of ${template} matches its golden file`, () => {
        const files = exportDesign(getTemplate(template)!, format);
        for (const file of files) {
          const golden = `${GOLDEN}${template}.${format}.${file.path}`;
          if (UPDATE) writeFileSync(golden, file.content);
          expect(file.content).toBe(readFileSync(golden, "utf8"));
        }
      });
    }
  }

  it("gives the same bytes whatever the order of the design's keys", () => {
    const design = getTemplate("three-tier-ha")!;
    const reversed = { ...design, subnets: Object.fromEntries(Object.entries(design.subnets).reverse()), instances: Object.fromEntries(Object.entries(design.instances).reverse()) };
    for (const format of EXPORT_FORMATS) expect(exportDesign(reversed, format)).toEqual(exportDesign(design, format));
  });
});
