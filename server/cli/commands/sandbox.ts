/**
 * `vpcd sandbox`: the AWS sandbox on its own — moto (pinned, from the project's venv) behind the
 * fidelity layer, both on loopback. Prints the endpoint for SDKs and the AWS CLI and the stats
 * URL, and stops both on Ctrl-C.
 */
import "server-only";
import { parseArgs } from "node:util";
import { parseFaultSpec, startSandbox } from "../../sandbox";
import { usageOf, type CommandHelp } from "../format/help";

export const help: CommandHelp = {
  usage: ["vpcd sandbox [--port P] [--time-scale S] [--faults SPEC]"],
  description: "Starts the AWS sandbox (moto behind the fidelity layer) on loopback and prints its endpoint for SDKs and the AWS CLI. Resources live as long as it runs: Ctrl-C stops it and they go with it.",
  options: [
    ["--port P", "the endpoint's port (default: a free one)"],
    ["--time-scale S", "how fast AWS's waits pass: 1 real time, 0.1 ten times faster (default 1)"],
    ["--faults SPEC", "inject failures, e.g. throttle=0.1,error=0.03,reset=0.01,lost=0.05,slow=0.02,seed=7"],
  ],
};

const USAGE = usageOf(help);

type Options = { port?: number; timeScale: number; faults?: string };

/** Parses and checks the flags; returns the options or a message naming the bad flag. */
export function parseSandboxArgs(args: string[]): { ok: true; options: Options; help: boolean } | { ok: false; error: string } {
  let values;
  try {
    ({ values } = parseArgs({ args, options: { port: { type: "string" }, "time-scale": { type: "string", default: "1" }, faults: { type: "string" }, help: { type: "boolean", short: "h", default: false } } }));
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && (!Number.isInteger(port) || port < 1 || port > 65535)) return { ok: false, error: `--port must be 1–65535 (got ${values.port})` };
  const timeScale = Number(values["time-scale"]);
  if (values["time-scale"].trim() === "" || !Number.isFinite(timeScale) || timeScale < 0) return { ok: false, error: `--time-scale must be a number ≥ 0 (got ${values["time-scale"]})` };
  const faults = parseFaultSpec(values.faults);
  if (!faults.ok) return { ok: false, error: faults.error };
  return { ok: true, options: { port, timeScale, faults: values.faults }, help: values.help };
}

/** Exit 2 on a bad flag; otherwise runs until SIGINT/SIGTERM, then stops moto and the layer (exit 0). */
export async function run(args: string[]): Promise<number> {
  const parsed = parseSandboxArgs(args);
  if (!parsed.ok) {
    console.error(`vpcd sandbox: ${parsed.error}\n${USAGE}`);
    return 2;
  }
  if (parsed.help) {
    console.log(USAGE);
    return 0;
  }
  let sandbox;
  try {
    sandbox = await startSandbox(parsed.options);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE") throw error;
    console.error(`vpcd sandbox: --port ${parsed.options.port} is already in use; pick another or omit --port for a free one`);
    return 2;
  }
  const { timeScale, faults } = parsed.options;
  console.log(
    [
      `AWS sandbox (moto + fidelity layer)   ${sandbox.endpoint}`,
      `  call counts                         ${sandbox.statsUrl}`,
      `  time scale ${timeScale}${faults ? `, faults ${faults}` : ", no faults"}`,
      `  e.g. AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test aws --endpoint-url ${sandbox.endpoint} --region ap-northeast-2 ec2 describe-vpcs`,
      "Press Ctrl-C to stop.",
    ].join("\n"),
  );
  await new Promise<void>((resolve) => {
    for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.once(signal, () => resolve());
  });
  await sandbox.stop();
  return 0;
}
