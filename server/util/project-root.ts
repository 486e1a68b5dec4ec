import "server-only";
import path from "node:path";

/** The project folder: set by the CLI launcher, else the working directory (Next runs from it). */
export function projectRoot(): string {
  return process.env.VPCD_PROJECT_ROOT ?? process.cwd();
}

/** Where journals and app state live: `VPCD_DATA_DIR`, default `.data/` in the project. */
export function dataDir(): string {
  // The data folder is chosen at run time; telling the bundler so keeps it from tracing the project.
  return path.resolve(/* turbopackIgnore: true */ process.env.VPCD_DATA_DIR ?? path.join(/* turbopackIgnore: true */ projectRoot(), ".data"));
}
