import { describe, expect, it } from "vitest";
import { formatFinding, renderMessage } from "./format";
import { EN_MESSAGES, EN_TERMS } from "./messages/en";
import { KO_MESSAGES, KO_TERMS } from "./messages/ko";
import { validateDesign } from "./index";
import { seed } from "../testing/design-fixtures";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the finding message catalogues", () => {
  it("have exactly the same rule ids in English and Korean", () => {
    expect(Object.keys(KO_MESSAGES).sort()).toEqual(Object.keys(EN_MESSAGES).sort());
  });
  it("use the same placeholders in both languages for every rule", () => {
    for (const [id, en] of Object.entries(EN_MESSAGES)) expect([id, placeholders(KO_MESSAGES[id as keyof typeof EN_MESSAGES])]).toEqual([id, placeholders(en)]);
  });
  it("translate the same terms", () => {
    expect(Object.keys(KO_TERMS).sort()).toEqual(Object.keys(EN_TERMS).sort());
  });
});

describe("formatFinding", () => {
  const [finding] = validateDesign(seed((d) => { d.natGateways["lab-nat"].subnetId = "private-a" as never; })).filter((f) => f.ruleId === "nat-in-private-subnet");

  it("renders the Korean message from the finding's params", () => {
    // Particles follow the name as read aloud: "lab-nat" ends in 티, so 가 (lib/i18n/particles.ts).
    expect(formatFinding(finding, "ko")).toBe(
      "NAT 게이트웨이 lab-nat가 퍼블릭이 아닌 서브넷 private-a에 있습니다 (연결된 인터넷 게이트웨이로 가는 0.0.0.0/0 경로가 없음). Gateway.NotAttached로 실패하거나 트래픽을 내보내지 못합니다.",
    );
  });
  it("renders the English message identical to the finding's own message", () => {
    expect(formatFinding(finding, "en")).toBe(finding.message);
  });
  it("translates entity kinds and leaves no placeholder unfilled for any rule the seed lab can trigger", () => {
    const findings = validateDesign(seed((d) => { d.instances["web-c"].name = "web-a"; d.securityGroups["lab-sg"].ingress.push(...Array(61).fill(d.securityGroups["lab-sg"].ingress[0])); }));
    for (const f of findings) for (const locale of ["en", "ko"] as const) expect(formatFinding(f, locale)).not.toMatch(/\{\w+\}/);
    const duplicate = findings.find((f) => f.ruleId === "duplicate-name")!;
    expect(formatFinding(duplicate, "ko")).toContain("인스턴스 2개");
    expect(formatFinding(findings.find((f) => f.ruleId === "sg-rule-limit")!, "ko")).toContain("인바운드 규칙");
  });
  it("keeps an unknown placeholder visible instead of printing 'undefined'", () => {
    expect(renderMessage("{a} and {b}", { a: "x" }, "en")).toBe("X and {b}");
  });
});
