import { describe, expect, it } from "vitest";
import { AvailabilityZoneSchema, RegionSchema } from "../design/schema";
import { REGIONS, availabilityZonesOf, getRegion, isZoneInRegion } from "./regions";

describe("the region catalogue", () => {
  it("knows Seoul's four AZs and N. Virginia's six", () => {
    expect(availabilityZonesOf("ap-northeast-2")).toEqual(["ap-northeast-2a", "ap-northeast-2b", "ap-northeast-2c", "ap-northeast-2d"]);
    expect(availabilityZonesOf("us-east-1")).toHaveLength(6);
  });
  it("covers the regions the validator must know", () => {
    for (const code of ["ap-northeast-2", "ap-northeast-1", "us-east-1", "us-west-2", "eu-west-1"]) expect(getRegion(code)?.code).toBe(code);
  });
  it("gives every region at least three zones, each named after its region and accepted by the schema", () => {
    for (const region of REGIONS) {
      expect(RegionSchema.safeParse(region.code).success).toBe(true);
      expect(region.availabilityZones.length).toBeGreaterThanOrEqual(3);
      for (const zone of region.availabilityZones) {
        expect(zone.slice(0, -1)).toBe(region.code);
        expect(AvailabilityZoneSchema.safeParse(zone).success).toBe(true);
      }
    }
  });
  it("answers unknown regions with nothing rather than failing", () => {
    expect(getRegion("xx-nowhere-9")).toBeUndefined();
    expect(availabilityZonesOf("xx-nowhere-9")).toEqual([]);
    expect(isZoneInRegion("ap-northeast-2", "ap-northeast-2e")).toBe(false);
    expect(isZoneInRegion("ap-northeast-2", "ap-northeast-2c")).toBe(true);
  });
});
