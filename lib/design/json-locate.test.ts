import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { locateJsonError } from "./json-locate";

describe("locateJsonError", () => {
  it.each([
    ['{\n  "schemaVersion": 1,\n  "name": \n}', 4, 1, "name", /expected a value/],
    ['{"subnets": {"a": {"cidr": "10.0.0.0/16",}}}', 1, 42, "subnets.a", /field name in double quotes/],
    ['{"vpcs": {"a": {"cidr": 10.0.0.0/16}}}', 1, 29, "vpcs.a.cidr", /expected "," or "}"/],
    ["{'name': 'lab'}", 1, 2, "", /field name in double quotes/],
    ['{"name": "lab"', 1, 15, "name", /ends too early/],
    ['{"name": "lab\nnext"}', 1, 14, "name", /line break/],
    ['{"routes": [1, 2,, 3]}', 1, 18, "routes.2", /expected a value/],
    ['{"a": tru}', 1, 7, "a", /expected a value/],
    ['{"a": 1} {"b": 2}', 1, 10, "", /after the end/],
    ["", 1, 1, "", /ends too early/],
  ])("%j fails at line %i, column %i in %j", (text, line, column, path, problem) => {
    const located = locateJsonError(text);
    expect(located).toMatchObject({ line, column, path });
    expect(located!.problem).toMatch(problem);
  });

  it("accepts exactly what JSON.parse accepts, for any JSON value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 2, "\t"), (value, indent) => {
        expect(locateJsonError(JSON.stringify(value, null, indent) ?? "null")).toBeNull();
      }),
    );
  });

  it("finds an error in every text JSON.parse rejects, and none in text it accepts", () => {
    const corrupted = fc.tuple(fc.jsonValue(), fc.nat(), fc.constantFrom("", ",", "}", "]", '"', ":", "x", "\n", "\\", "01", "-")).map(([value, at, insert]) => {
      const text = JSON.stringify(value) ?? "null";
      const cut = at % (text.length + 1);
      return text.slice(0, cut) + insert + text.slice(cut);
    });
    fc.assert(
      fc.property(corrupted, (text) => {
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        expect(locateJsonError(text) === null).toBe(parses);
      }),
      { numRuns: 500 },
    );
  });
});
