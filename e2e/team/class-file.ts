import path from "node:path";

/** Where the team-mode test server writes the class's invite codes for the specs (by port). */
export function classFile(port: number): string {
  return path.join(process.env.VPCD_PROJECT_ROOT ?? process.cwd(), ".data", `e2e-team-${port}`, "class.json");
}
