import { describe, expect, it } from "vitest";
import { CREATE_STEP_KINDS } from "../../lib/plan/kinds";
import { HANDLERS } from "../aws/providers";

describe("the providers and the kinds vocabulary", () => {
  it("have one provider for every create step kind and none for a kind the vocabulary does not know", () => {
    expect(Object.keys(HANDLERS).sort()).toEqual([...CREATE_STEP_KINDS].sort());
  });
});
