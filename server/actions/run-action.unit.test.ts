import { describe, expect, it } from "vitest";
import { confirmRefusal } from "../../lib/confirm";
import { StepError } from "../aws/errors";
import { ConfirmationRefused } from "../confirm/service";
import { asAction } from "./run-action";

describe("an action's failure as the browser receives it", () => {
  it("carries a refused confirmation as unconfirmed:<surface> with the reason the catalogues translate", async () => {
    const result = await asAction("deploy", () => Promise.reject(new ConfirmationRefused(confirmRefusal("expired", { minutes: 10, action: "deploy" }))));
    expect(result).toEqual({
      ok: false,
      error: { code: "unconfirmed:deploy", message: "The confirmation expired (10 minutes after it was given): confirm again.", reason: { key: "expired", params: { minutes: 10, action: "deploy" } }, cause: "ConfirmationRefused" },
    });
  });

  it("gives other failures their kind, no reason, and the engine's code to word them by, whatever the code is called", async () => {
    expect(await asAction("sweep", () => Promise.reject(new StepError("WrongAccount", "other account")))).toEqual({ ok: false, error: { code: "aws_denied:sweep", message: "other account", cause: "WrongAccount" } });
    // Regression: an error code that is an Object.prototype name must not read as a known kind.
    expect(await asAction("sweep", () => Promise.reject(new StepError("constructor", "odd")))).toMatchObject({ error: { code: "failed:sweep" } });
  });
});
