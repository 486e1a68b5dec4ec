import { describe, expect, it } from "vitest";
import { vpcd } from "../../testing/cli-harness";

// Each case starts a real `vpcd` process (tsx): allow for a busy machine.
describe("vpcd team init", { timeout: 30_000 }, () => {
  it("prints the role, the database and the URL to export, with a fresh password", async () => {
    const { code, stdout } = await vpcd(["team", "init", "--user", "class_a", "--database", "lab_db", "--port", "5433"]);
    expect(code).toBe(0);
    expect(stdout).toContain("sudo apt-get install -y postgresql");
    expect(stdout).toMatch(/CREATE ROLE class_a LOGIN PASSWORD '[A-Za-z0-9_-]{24}'/);
    expect(stdout).toContain("createdb --owner=class_a lab_db");
    const password = /PASSWORD '([^']+)'/.exec(stdout)![1];
    expect(stdout).toContain(`export VPCD_DATABASE_URL='postgres://class_a:${password}@127.0.0.1:5433/lab_db'`);
    const again = await vpcd(["team", "init"]);
    expect(/PASSWORD '([^']+)'/.exec(again.stdout)![1]).not.toBe(password);
  });

  it("refuses a role name that is not a plain identifier, naming the flag", async () => {
    const { code, stderr } = await vpcd(["team", "init", "--user", "x; drop"]);
    expect(code).toBe(2);
    expect(stderr).toContain("--user must be lower-case letters, digits and _");
  });
});

describe("team mode without a database", { timeout: 30_000 }, () => {
  it("vpcd worker says it needs VPCD_DATABASE_URL and how to get one", async () => {
    const { code, stderr } = await vpcd(["worker"], undefined, { VPCD_DATABASE_URL: "" });
    expect(code).toBe(2);
    expect(stderr).toContain("team mode needs VPCD_DATABASE_URL=postgres://");
    expect(stderr).toContain("vpcd team init");
  });

  it("a VPCD_DATABASE_URL that is not PostgreSQL is refused with what is allowed", async () => {
    const { code, stderr } = await vpcd(["deployments"], undefined, { VPCD_DATABASE_URL: "mysql://root@localhost/x" });
    expect(code).toBe(1);
    expect(stderr).toContain("VPCD_DATABASE_URL must be a PostgreSQL URL such as postgres://");
  });

  it("vpcd worker refuses a concurrency out of range", async () => {
    const { code, stderr } = await vpcd(["worker", "--concurrency", "0"], undefined, { VPCD_DATABASE_URL: "postgres://nobody@127.0.0.1:1/none" });
    expect(code).toBe(2);
    expect(stderr).toContain("--concurrency must be a whole number from 1 to 64 (got 0)");
  });
});
