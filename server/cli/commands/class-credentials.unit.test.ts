import { describe, expect, it } from "vitest";
import { parseCredentialsArgs } from "./class-credentials";

describe("vpcd class credentials: its flags", () => {
  const base = ["--class", "Cloud 101", "--student", "Kim@Example.com"];

  it.each([
    [["--profile", "kim-lab"], { profile: "kim-lab" }],
    [["--role-arn", "arn:aws:iam::123456789012:role/lab/kim"], { roleArn: "arn:aws:iam::123456789012:role/lab/kim" }],
    [["--role-arn", "arn:aws-us-gov:iam::123456789012:role/kim"], { roleArn: "arn:aws-us-gov:iam::123456789012:role/kim" }],
    [["--clear"], { clear: true }],
  ])("takes %j", (flags, set) => {
    expect(parseCredentialsArgs([...base, ...flags])).toEqual({ ok: true, value: { classRef: "Cloud 101", email: "kim@example.com", set } });
  });

  it.each([
    [[...base, "--role-arn", "arn:aws:iam::12:role/x"], "--role-arn: a role ARN such as arn:aws:iam::123456789012:role/student-ana"],
    [[...base, "--role-arn", "arn:aws:iam::123456789012:user/kim"], "--role-arn: a role ARN such as"],
    [[...base, "--profile", "kim lab"], "--profile: a profile name is 1 to 64 letters, digits or _.+=,@-"],
    [[...base, "--profile", "a", "--clear"], "give exactly one of --profile NAME, --role-arn ARN or --clear"],
    [[...base], "give exactly one of --profile NAME, --role-arn ARN or --clear"],
    [["--class", "Cloud 101", "--student", "kim", "--clear"], "--student: the student's sign-up email, such as kim@example.com"],
    [["--student", "kim@example.com", "--clear"], "--class: the class's id or name (see vpcd class list)"],
    [[...base, "--clear", "--password", "x"], "Unknown option '--password'"],
  ])("refuses %j, naming the flag", (args, message) => {
    const parsed = parseCredentialsArgs(args);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? "" : parsed.message).toContain(message);
  });
});
