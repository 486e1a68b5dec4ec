import { describe, expect, it } from "vitest";
import { endingOf, particle, resolveParticles, withParticles } from "./particles";

describe("how a word ends when read in Korean", () => {
  it.each([
    ["서브넷", "consonant"],
    ["그룹", "consonant"],
    ["게이트웨이", "vowel"],
    ["테이블", "rieul"],
    ["lab-sg", "vowel"],
    ["web-a", "vowel"],
    ["vpc-main", "consonant"],
    ["app-alb", "vowel"],
    ["lab-ctl", "rieul"],
    ["lab-vpc", "vowel"],
    ["subnet-0", "consonant"],
    ["subnet-1", "rieul"],
    ["subnet-2", "vowel"],
    ["subnet-3", "consonant"],
    ["subnet-6", "consonant"],
    ["subnet-7", "rieul"],
    ["subnet-8", "rieul"],
    ["subnet-9", "vowel"],
    ["192.168.0.0/16", "consonant"],
    ["“lab-sg”", "vowel"],
    ["tcp 22)", "vowel"],
    ["lab-sg ", undefined],
    ["SERVER", "rieul"],
    ["", undefined],
    ["…", undefined],
  ] as const)("%s ends in a %s", (word, ending) => {
    expect(endingOf(word)).toBe(ending);
  });
});

describe("particles", () => {
  it.each([
    ["lab-sg", "이/가", "가"],
    ["서브넷", "이/가", "이"],
    ["vpc-main", "을/를", "을"],
    ["web-a", "을/를", "를"],
    ["lab-alb", "은/는", "는"],
    ["vpc-main", "은/는", "은"],
    ["nat-gw", "은/는", "는"],
    ["테이블", "으로/로", "로"],
    ["subnet-1", "으로/로", "로"],
    ["192.168.0.0/16", "으로/로", "으로"],
    ["web-a", "으로/로", "로"],
    ["app-a", "과/와", "와"],
    ["app-m", "과/와", "과"],
    // An AWS id with its design name as a gloss: the particle agrees with the id, as the sentence reads without the gloss.
    ["rtb-1 (public-rt)", "이/가", "이"],
    ["i-0ab (web-m)", "을/를", "를"],
    ["(web-a)", "이/가", "가"],
  ] as const)("%s takes %s → %s", (word, pair, expected) => {
    expect(particle(word, pair)).toBe(expected);
  });

  it("falls back to both forms when it cannot tell", () => {
    expect(particle("", "이/가")).toBe("이(가)");
    expect(particle("—", "으로/로")).toBe("(으)로");
  });

  it("adds the particles of every text and number value, leaving the values alone", () => {
    const values = withParticles({ name: "lab-sg", port: 80, isOn: true });
    expect(values).toMatchObject({ name: "lab-sg", port: 80, isOn: true, name_iga: "가", name_eulreul: "를", port_iga: "이", port_euro: "으로" });
    expect(values).not.toHaveProperty("isOn_iga");
  });
});

describe("resolving the both-forms markers of a filled-in sentence", () => {
  it.each([
    ["보안 그룹 lab-sg이(가) 포트 80을(를) 엽니다", "보안 그룹 lab-sg가 포트 80을 엽니다"],
    ["서브넷 public-a(192.168.1.0/24)이(가) 겹칩니다", "서브넷 public-a(192.168.1.0/24)가 겹칩니다"],
    ["“vpc-main”을(를) 배포할까요?", "“vpc-main”을 배포할까요?"],
    ["포트 22, 80(으)로 직접 접속", "포트 22, 80으로 직접 접속"],
    ["서브넷 app-1(으)로 옮기세요", "서브넷 app-1로 옮기세요"],
    ["web-m와(과) 겹칩니다", "web-m과 겹칩니다"],
    ["이 리소스에서 …(으)로", "이 리소스에서 …(으)로"],
  ])("%s → %s", (text, expected) => {
    expect(resolveParticles(text)).toBe(expected);
  });
});
