import { describe, expect, it } from "vitest";
import { nextPollDelay, nextPollInterval } from "./poll-interval";

describe("the server's interval for live readings", () => {
  it("stays fast while something changes, then backs off by half up to 30 s", () => {
    expect(nextPollInterval({ changed: true, isSettled: true, previousMs: 20_000 })).toBe(2_000);
    expect(nextPollInterval({ changed: false, isSettled: false, previousMs: 20_000 })).toBe(2_000);
    expect(nextPollInterval({ changed: false, isSettled: true, previousMs: 2_000 })).toBe(3_000);
    expect(nextPollInterval({ changed: false, isSettled: true, previousMs: 25_000 })).toBe(30_000);
  });
});

describe("when the browser polls a deployment next", () => {
  it("polls every 700 ms while the deploy walks, every second while the cleanup runs", () => {
    expect(nextPollDelay({ lifecycle: "running", nextPollMs: 30_000 })).toBe(700);
    expect(nextPollDelay({ lifecycle: "running" }, true)).toBe(700);
    expect(nextPollDelay({ lifecycle: "cleaning-up", nextPollMs: 30_000 })).toBe(1_000);
  });

  it("otherwise follows the server's advice, and waits 5 s after a failed poll", () => {
    expect(nextPollDelay({ lifecycle: "complete", nextPollMs: 4_500 })).toBe(4_500);
    expect(nextPollDelay({ lifecycle: "cleaned-up" })).toBe(30_000);
    expect(nextPollDelay(undefined, true)).toBe(5_000);
    expect(nextPollDelay({ lifecycle: "complete", nextPollMs: 2_000 }, true)).toBe(5_000);
  });
});
