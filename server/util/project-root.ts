import "server-only";
import path from "node:path";

/** The project folder: set by the CLI launcher, else the working directory (Next runs from it). */
export function projectRoot(): string {
  return process.env.VPCD_PROJECT_ROOT ?? process.cwd();
}

/** Where journals and app state live: `VPCD_DATA_DIR`, default `.data/` in the project. */
export function dataDir(): string {
  return path.resolve(process.env.VPCD_DATA_DIR ?? path.join(projectRoot(), ".data"));
}
