import "server-only";
import { expect } from "vitest";

/** Awaits a call expected to fail and returns the AWS error code (SDK v3 `name`) and message. */
export async function awsFailure(call: Promise<unknown>): Promise<{ code: string; message: string; status?: number }> {
  try {
    await call;
  } catch (error) {
    const e = error as { name: string; message: string; $metadata?: { httpStatusCode?: number } };
    return { code: e.name, message: e.message, status: e.$metadata?.httpStatusCode };
  }
  expect.fail("the call succeeded, but an AWS error was expected");
}

/** Sleeps for the given milliseconds (tests wait out scaled AWS delays with it). */
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
