/**
 * Regions the designer knows, with the availability-zone *names* it offers (docs/aws-facts.md §6).
 * Names, not zone ids: ap-northeast-2 maps names uniformly (2a = apne2-az1 …); some older
 * accounts in us-east-1, us-west-2, eu-west-1 and ap-northeast-1 see names shuffled, which
 * does not change which names exist. ap-northeast-1b is not offered to new accounts.
 */
export type RegionInfo = {
  readonly code: string;
  readonly name: { readonly en: string; readonly ko: string };
  readonly availabilityZones: readonly string[];
};

const zones = (code: string, letters: string) => [...letters].map((letter) => `${code}${letter}`);

export const REGIONS: readonly RegionInfo[] = [
  { code: "ap-northeast-2", name: { en: "Asia Pacific (Seoul)", ko: "아시아 태평양(서울)" }, availabilityZones: zones("ap-northeast-2", "abcd") },
  { code: "ap-northeast-1", name: { en: "Asia Pacific (Tokyo)", ko: "아시아 태평양(도쿄)" }, availabilityZones: zones("ap-northeast-1", "acd") },
  { code: "ap-northeast-3", name: { en: "Asia Pacific (Osaka)", ko: "아시아 태평양(오사카)" }, availabilityZones: zones("ap-northeast-3", "abc") },
  { code: "ap-southeast-1", name: { en: "Asia Pacific (Singapore)", ko: "아시아 태평양(싱가포르)" }, availabilityZones: zones("ap-southeast-1", "abc") },
  { code: "us-east-1", name: { en: "US East (N. Virginia)", ko: "미국 동부(버지니아 북부)" }, availabilityZones: zones("us-east-1", "abcdef") },
  { code: "us-east-2", name: { en: "US East (Ohio)", ko: "미국 동부(오하이오)" }, availabilityZones: zones("us-east-2", "abc") },
  { code: "us-west-2", name: { en: "US West (Oregon)", ko: "미국 서부(오레곤)" }, availabilityZones: zones("us-west-2", "abcd") },
  { code: "eu-west-1", name: { en: "Europe (Ireland)", ko: "유럽(아일랜드)" }, availabilityZones: zones("eu-west-1", "abc") },
  { code: "eu-central-1", name: { en: "Europe (Frankfurt)", ko: "유럽(프랑크푸르트)" }, availabilityZones: zones("eu-central-1", "abc") },
];

const BY_CODE = new Map(REGIONS.map((region) => [region.code, region]));

/** The region with this code, or undefined for one the designer does not know (a rule reports it). */
export function getRegion(code: string): RegionInfo | undefined {
  return BY_CODE.get(code);
}

/** AZ names of a known region, in order; empty for an unknown region. `availabilityZonesOf("ap-northeast-2")[0] === "ap-northeast-2a"`. */
export function availabilityZonesOf(code: string): readonly string[] {
  return BY_CODE.get(code)?.availabilityZones ?? [];
}

/** True when `zone` is one of the known AZ names of `regionCode`. */
export function isZoneInRegion(regionCode: string, zone: string): boolean {
  return availabilityZonesOf(regionCode).includes(zone);
}
