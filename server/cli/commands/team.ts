/**
 * `vpcd team init [--user U] [--database D] [--host H] [--port P]`: prints the exact
 * PostgreSQL setup for team mode (a role and a database, the URL to export) — nothing is run,
 * so it works the same on a laptop, a VM or a managed database.
 */
import "server-only";
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import type { CommandHelp } from "../format/help";

export const help: CommandHelp = {
  usage: ["vpcd team init [--user vpcd] [--database vpcd] [--host 127.0.0.1] [--port 5432]"],
  description: "Prints the PostgreSQL setup for team mode: the package to install, a role with a fresh password and a database it owns, and the VPCD_DATABASE_URL every app instance and worker exports. Runs nothing. Exit 2 for bad input.",
  options: [
    ["--user NAME", "the role to create (lower-case letters, digits, _)"],
    ["--database NAME", "the database to create"],
    ["--host HOST", "where PostgreSQL listens, for the URL"],
    ["--port P", "its port, for the URL"],
  ],
};

const USAGE = "usage: vpcd team init [--user vpcd] [--database vpcd] [--host 127.0.0.1] [--port 5432]";
const NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export async function run(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { user: { type: "string", default: "vpcd" }, database: { type: "string", default: "vpcd" }, host: { type: "string", default: "127.0.0.1" }, port: { type: "string", default: "5432" } } });
  } catch (error) {
    return (console.error(`vpcd team: ${(error as Error).message}\n${USAGE}`), 2);
  }
  const { values, positionals } = parsed;
  if (positionals[0] !== "init" || positionals.length !== 1) return (console.error(USAGE), 2);
  for (const [flag, value] of [["--user", values.user], ["--database", values.database]] as const) {
    if (!NAME.test(value)) return (console.error(`vpcd team init: ${flag} must be lower-case letters, digits and _ starting with a letter (got "${value}")`), 2);
  }
  if (!/^\d{1,5}$/.test(values.port) || Number(values.port) > 65535) return (console.error(`vpcd team init: --port must be a TCP port 1–65535 (got "${values.port}")`), 2);
  if (!/^[A-Za-z0-9.:-]+$/.test(values.host)) return (console.error(`vpcd team init: --host must be a host name or IP address (got "${values.host}")`), 2);
  const password = randomBytes(18).toString("base64url");
  const host = values.host.includes(":") ? `[${values.host}]` : values.host;
  const url = `postgres://${values.user}:${password}@${host}:${values.port}/${values.database}`;
  console.log(`# Team mode: one PostgreSQL (13 or newer) for the class. On Debian/Ubuntu:
sudo apt-get install -y postgresql

# A role and a database owned by it (run once, as the postgres superuser):
sudo -u postgres psql -v ON_ERROR_STOP=1 -c "CREATE ROLE ${values.user} LOGIN PASSWORD '${password}'"
sudo -u postgres createdb --owner=${values.user} ${values.database}

# Every app instance and worker gets the same URL (keep it secret: it holds the password):
export VPCD_DATABASE_URL='${url}'

# Then: the schema is created on first start (migrations run automatically).
vpcd worker --concurrency 4        # one or more, on any machine that reaches the database
npm run build && npm start         # the app, as many instances as you like
vpcd deployments                   # the class's deployments`);
  return 0;
}
