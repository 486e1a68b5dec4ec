import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const lint = async (filePath: string, code: string) => {
  const [result] = await new ESLint({ cwd: process.cwd() }).lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
};

const SDK_IMPORT = `import "server-only";\nimport { DescribeVpcsCommand } from "@aws-sdk/client-ec2";\nexport const command = DescribeVpcsCommand;\n`;

describe("the AWS boundary", () => {
  it("refuses an AWS SDK import in cleanup, live status, the engine, the CLI and server actions", async () => {
    for (const file of ["server/cleanup/x.ts", "server/live/x.ts", "server/engine/x.ts", "server/cli/commands/x.ts", "app/actions/x.ts"]) {
      expect(await lint(file, SDK_IMPORT), file).toEqual([expect.stringContaining("server/aws")]);
    }
  }, 60_000);

  it("allows it inside server/aws and the sandbox", async () => {
    expect(await lint("server/aws/inventory/x.ts", SDK_IMPORT)).toEqual([]);
    expect(await lint("server/sandbox/x.ts", SDK_IMPORT)).toEqual([]);
  }, 60_000);
});
