import { describe, expect, it } from "vitest";
import { STEP_KINDS } from "../../lib/plan/kinds";
import { PROVIDERS } from "../aws/providers";

describe("the providers and the kinds vocabulary", () => {
  it("have one provider for every step kind of either direction and none for a kind the vocabulary does not know", () => {
    expect(Object.keys(PROVIDERS).sort()).toEqual([...STEP_KINDS].sort());
  });
});
