import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { getTemplate, listTemplates } from "../../../lib/templates";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const python = path.join(root, ".venv/bin/python");
const seedUserData = getTemplate("seed-lab")!.instances["web-a" as never].userData;

describe("template user data", () => {
  it.each(listTemplates().map((t) => t.name))("is valid bash in every instance of %s", (name) => {
    for (const instance of Object.values(getTemplate(name)!.instances)) {
      if (!instance.userData) continue;
      const check = spawnSync("bash", ["-n"], { input: instance.userData, encoding: "utf8" });
      expect([instance.id, check.status, check.stderr]).toEqual([instance.id, 0, ""]);
    }
  });

  it("installs Flask on both Ubuntu (apt) and Amazon Linux (dnf) and runs the app as a boot-time service", () => {
    expect(seedUserData).toMatch(/apt-get install -y python3-flask/);
    expect(seedUserData).toMatch(/dnf install -y python3-pip[\s\S]*pip install flask/);
    expect(seedUserData).toMatch(/ExecStart=\/usr\/bin\/python3 \/opt\/lab\/app\.py/);
    expect(seedUserData).toMatch(/WantedBy=multi-user\.target/);
    expect(seedUserData).toMatch(/systemctl enable --now lab-app\.service/);
  });

  it("ships a Flask app that answers {\"private_ip\": …} with the instance's 192.168 address", () => {
    const app = /<<'PY'\n([\s\S]*?)\nPY\n/.exec(seedUserData)?.[1];
    expect(app).toContain('app.run(host="0.0.0.0", port=80)');
    const dir = mkdtempSync(path.join(tmpdir(), "vpcd-flask-"));
    writeFileSync(path.join(dir, "app.py"), app!);
    // A stand-in for `ip addr` on an instance in public-a.
    writeFileSync(path.join(dir, "ip"), "#!/bin/sh\necho '2: ens5: <UP>'\necho '    inet 192.168.2.37/24 brd 192.168.2.255 scope global ens5'\n");
    chmodSync(path.join(dir, "ip"), 0o755);
    const probe = "import app, json; r = app.app.test_client().get('/'); print(r.status_code, json.dumps(r.get_json()))";
    const run = spawnSync(python, ["-c", probe], { cwd: dir, encoding: "utf8", env: { ...process.env, PATH: `${dir}:${process.env.PATH}` } });
    expect(run.stdout.trim()).toBe('200 {"private_ip": "192.168.2.37"}');
  });
});
