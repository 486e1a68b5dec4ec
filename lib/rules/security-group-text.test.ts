import { describe, expect, it } from "vitest";
import { seed } from "../testing/design-fixtures";
import { formatFinding } from "./format";
import { validateDesign } from "./index";
import { awsNameTaken } from "./names";
import { disallowedSecurityGroupChars, isSecurityGroupText } from "./security-group-charset";
import { securityGroupTextInvalid } from "./security-group-text";

describe("security group text EC2 accepts", () => {
  it.each([
    ["lab-sg", true],
    ["Allow HTTP from the ALB (port 80) & SSH: 10.0.0.0/8 #1", true],
    ["._-:/()#,@[]+=&;{}!$*", true],
    ["웹 서버", false],
    ["Kim's lab", false],
    ["web — app", false],
    ["tab\there", false],
    ["a".repeat(255), true],
    ["a".repeat(256), false],
  ])("%j → %s", (text, ok) => {
    expect(isSecurityGroupText(text)).toBe(ok);
  });
  it("lists each refused character once, in order", () => {
    expect(disallowedSecurityGroupChars("웹웹 'x' 웹")).toEqual(["웹", "'"]);
  });
});

describe("when a student types Korean into a security group", () => {
  it("flags the group description as an error naming the field, in English and Korean", () => {
    const design = seed((d) => { d.securityGroups["lab-sg"].description = "실습용 보안 그룹"; });
    const [finding] = securityGroupTextInvalid.check(design);
    expect(finding).toMatchObject({ severity: "error", path: "securityGroups.lab-sg.description", entityIds: ["lab-sg"] });
    expect(finding.message).toContain("group description");
    expect(finding.message).toContain("._-:/()#,@[]+=&;{}!$*");
    expect(finding.message).toContain("Name tag");
    const ko = formatFinding(finding, "ko");
    expect(ko).toContain("그룹 설명");
    expect(ko).toContain("Name 태그");
  });
  it("points at the exact rule whose description is Korean", () => {
    const design = seed((d) => { d.securityGroups["lab-sg"].egress[0] = { ...d.securityGroups["lab-sg"].egress[0], description: "외부로 나가는 트래픽" }; });
    const findings = validateDesign(design).filter((f) => f.ruleId === "security-group-text-invalid");
    expect(findings.map((f) => f.path)).toEqual(["securityGroups.lab-sg.egress.0.description"]);
    expect(findings[0].message).toContain("outbound rule description");
  });
});

describe("security group names in one VPC", () => {
  it("collide when they differ only in case, as EC2 compares them", () => {
    const design = seed((d) => { d.securityGroups["lab-sg-2"] = { ...d.securityGroups["lab-sg"], id: "lab-sg-2" as never, name: "LAB-SG" }; });
    expect(awsNameTaken.check(design).map((f) => f.entityIds)).toEqual([["lab-sg", "lab-sg-2"]]);
  });
});
