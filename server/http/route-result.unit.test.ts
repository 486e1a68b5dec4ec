import { describe, expect, it } from "vitest";
import { readJsonBody, resultResponse } from "./route-result";

const post = (headers: Record<string, string>, body = "{}") => new Request("http://127.0.0.1:3000/api/deployments", { method: "POST", headers: { host: "127.0.0.1:3000", ...headers }, body });

describe("the JSON API's request and answer", () => {
  it("reads a JSON body from the app's own host, with or without an Origin", async () => {
    expect(await readJsonBody(post({ "content-type": "application/json" }, '{"a":1}'), "deploy")).toEqual({ ok: true, body: { a: 1 } });
    expect(await readJsonBody(post({ "content-type": "application/json; charset=utf-8", origin: "http://127.0.0.1:3000" }), "deploy")).toMatchObject({ ok: true });
  });

  it.each([
    [{ "content-type": "application/json", origin: "https://evil.example" }, 403, "Requests from https://evil.example are not accepted"],
    [{ "content-type": "application/json", origin: "null" }, 403, "Requests from null"],
    [{ "content-type": "application/x-www-form-urlencoded" }, 415, "content-type: application/json"],
  ])("refuses a request a page on another site could send (%o)", async (headers, status, message) => {
    const read = await readJsonBody(post(headers), "deploy");
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.response.status).toBe(status);
    expect((await read.response.json()).error).toMatchObject({ code: "invalid_input:deploy", message: expect.stringContaining(message) });
  });

  it("refuses a body that is not JSON with 400", async () => {
    const read = await readJsonBody(post({ "content-type": "application/json" }, "{nope"), "account");
    expect(read.ok ? 0 : read.response.status).toBe(400);
  });

  it.each([
    ["unauthorized:status", 403],
    ["not_found:status", 404],
    ["invalid_input:deploy", 400],
    ["failed:deploy", 500],
  ] as const)("answers %s with HTTP %i and the action's own body", async (code, status) => {
    const response = resultResponse({ ok: false, error: { code, message: "no" } });
    expect(response.status).toBe(status);
    expect(await response.json()).toEqual({ ok: false, error: { code, message: "no" } });
  });

  it("answers success with the status asked for", async () => {
    expect(resultResponse({ ok: true, data: { deploymentId: "dep-1-a" } }, 202).status).toBe(202);
  });
});
