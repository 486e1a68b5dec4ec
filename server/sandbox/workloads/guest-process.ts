import "server-only";
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../../util/project-root";

/** AWS's GetConsoleOutput returns the most recent 64 KB of the console (docs/aws-facts.md §14.4). */
const CONSOLE_LIMIT = 64 * 1024;

/** Directories the guest may write: each a fresh tmpfs, gone when the guest stops. */
const WRITABLE = ["/tmp", "/var", "/run", "/home", "/root", "/opt", "/srv", "/mnt", "/media", "/usr/local", "/etc/systemd"];

export type GuestProcess = { child: ChildProcess; console: () => string; exited: Promise<void> };

/**
 * Boots the instance's user data in its network namespace under bubblewrap:
 * - network: only the instance's namespace (`ip netns exec`), never the host's;
 * - user: a real unprivileged uid (65534) mapped to root inside a user namespace, so the
 *   script runs "as root" but can write no host file and has no host capability;
 * - files: the host read-only, a fresh tmpfs for the writable directories of an image,
 *   the project folder hidden; the package and systemctl shims at /run/vpcd/guest and the
 *   sandbox's Python packages at /run/vpcd/python, both read-only;
 * - processes: own pid namespace; bwrap dies with the layer (`--die-with-parent`), and the
 *   whole pid namespace with it.
 * stdout and stderr are the console.
 */
export function bootGuest(options: { ns: string; hostname: string; userData: string }): GuestProcess {
  const python = venvSitePackages();
  const args = [
    "netns", "exec", options.ns,
    "setpriv", "--reuid", "65534", "--regid", "65534", "--clear-groups",
    "bwrap", "--unshare-user", "--uid", "0", "--gid", "0", "--unshare-pid", "--unshare-ipc", "--unshare-uts", "--unshare-cgroup-try",
    "--hostname", options.hostname, "--die-with-parent", "--new-session",
    // The guest gets none of the host's environment (credentials, tokens), only what is set below.
    "--clearenv",
    "--ro-bind", "/", "/", "--proc", "/proc", "--dev", "/dev",
    ...WRITABLE.filter((dir) => existsSync(dir)).flatMap((dir) => ["--tmpfs", dir]),
    ...hidden().flatMap((dir) => ["--tmpfs", dir]),
    "--ro-bind", path.join(projectRoot(), "server/sandbox/workloads/guest"), "/run/vpcd/guest",
    ...(python ? ["--ro-bind", python.dir, "/run/vpcd/python", "--setenv", "VPCD_PYTHON_VERSION", python.version] : []),
    "--setenv", "PATH", "/run/vpcd/guest/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
    "--setenv", "HOME", "/root", "--setenv", "USER", "root", "--setenv", "LANG", "C.UTF-8",
    "--setenv", "VPCD_USER_DATA_B64", Buffer.from(options.userData, "utf8").toString("base64"),
    "--chdir", "/", "--", "/bin/bash", "/run/vpcd/guest/boot.sh",
  ];
  const child = spawn("ip", args, { stdio: ["ignore", "pipe", "pipe"], env: process.env });
  let output = "";
  const append = (chunk: Buffer) => {
    output = (output + chunk.toString("utf8")).slice(-CONSOLE_LIMIT);
  };
  child.stdout?.on("data", append);
  child.stderr?.on("data", append);
  const exited = new Promise<void>((resolve) => {
    child.once("exit", () => resolve());
    child.once("error", (error) => {
      append(Buffer.from(`sandbox: could not start the instance: ${error.message}\n`));
      resolve();
    });
  });
  return { child, console: () => output, exited };
}

/** Where the sandbox's Python packages live (`.venv/lib/python3.X/site-packages`) and X. */
function venvSitePackages(): { dir: string; version: string } | undefined {
  const lib = path.join(projectRoot(), ".venv", "lib");
  try {
    const name = readdirSync(lib).find((entry) => /^python\d+\.\d+$/.test(entry));
    return name ? { dir: path.join(lib, name, "site-packages"), version: name.slice("python".length) } : undefined;
  } catch {
    return undefined;
  }
}

/** The project folder's top directory (e.g. /work) is not the instance's business. */
function hidden(): string[] {
  const top = `/${projectRoot().split("/").filter(Boolean)[0] ?? ""}`;
  return top !== "/" && !WRITABLE.includes(top) && existsSync(top) ? [top] : [];
}
