import type { CommandHelp } from "../format/help";

/** A CLI command: `run` returns the process exit code; `help` is what `--help` prints (required). */
export type Command = { run(args: string[]): Promise<number>; help: CommandHelp };

/**
 * Commands load lazily so `vpcd validate` never pulls in the AWS SDK or SQLite.
 * Add one line here per command file in this folder.
 */
export const COMMANDS: Record<string, () => Promise<Command>> = {
  template: () => import("./template"),
  validate: () => import("./validate"),
  schema: () => import("./schema"),
  demo: () => import("./demo"),
  sandbox: () => import("./sandbox"),
  plan: () => import("./plan"),
  deploy: () => import("./deploy"),
  deployments: () => import("./deployments"),
  status: () => import("./status"),
  destroy: () => import("./destroy"),
  sweep: () => import("./sweep"),
  reach: () => import("./reach"),
  "test-lb": () => import("./test-lb"),
  export: () => import("./export"),
  import: () => import("./import"),
  adopt: () => import("./adopt"),
  forget: () => import("./forget"),
  worker: () => import("./worker"),
  team: () => import("./team"),
  class: () => import("./class"),
};

export const SUMMARIES: Record<string, string> = {
  template: "print a template design (--list to list them)",
  validate: "check a design file and print its findings (--json)",
  schema: "print the JSON Schema of the design document",
  demo: "start the sandbox and the app on http://127.0.0.1:3000",
  sandbox: "start the AWS sandbox (moto + fidelity layer) and print its endpoint",
  plan: "print the deploy plan of a design and its cost (--json)",
  deploy: "deploy a design to the sandbox or an AWS account (--resume <id>)",
  deployments: "list recorded deployments and their status (--json)",
  status: "live status of a deployment from AWS: states, IPs, DNS name, drift, cost (--json)",
  destroy: "clean up a deployment in AWS's safe order and verify nothing billable is left (--json)",
  sweep: "find resources tagged by this app in a region, grouped by deployment; delete with --yes",
  reach: "can one end reach another (--from, --to, --port): the path hop by hop and what blocks it (--json)",
  "test-lb": "send N requests to a deployment's load balancer and count the private IPs that answer (--count N, --json)",
  export: "print a design as Terraform, CloudFormation or an AWS CLI script (--format, --out DIR)",
  import: "read an existing VPC (--region, --vpc, --endpoint) and print it as a design",
  adopt: "record an existing VPC as a deployment whose desired state is its import, for status and drift (never cleaned up)",
  forget: "remove a deployment from the list when its sandbox is gone or it was cleaned up",
  worker: "team mode: run deploy, cleanup, sweep and timer jobs from the shared queue (--concurrency N)",
  team: "team mode: `vpcd team init` prints the PostgreSQL setup and the VPCD_DATABASE_URL to export",
  class: "team mode: create a class and print its invite codes (create NAME), list classes (list), or set a student's AWS profile or role on the server (credentials)",
};
