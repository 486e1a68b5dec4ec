/** Pieces of the build script shared by its network and compute halves. */
import type { Instance } from "../design/schema";
import { base64, shellVar } from "./names";
import { sq } from "./shell";

/** `"$VPC_LAB_VPC"`: the captured id of an entity, quoted. */
export const v = (kind: string, id: string) => `"$${shellVar(kind, id)}"`;

/** The line naming the current step, which the failure message repeats. */
export const step = (text: string) => `STEP=${sq(text)}`;

/** `--tag-specifications` for one resource (and, for instances, its volumes). */
export const tagSpec = (types: string[], name: string, id: string) => `--tag-specifications "$(ec2_tags ${sq(name)} ${sq(id)} ${types.join(" ")})"`;

/**
 * User data written to a file the CLI reads: a quoted heredoc (readable, nothing expanded) when
 * that reproduces the text exactly, else the bytes in base64.
 */
export function userDataFile(i: Instance, path: string): string[] {
  const delimiter = "VPCD_USER_DATA";
  const lines = i.userData.split("\n");
  if (i.userData.endsWith("\n") && !lines.includes(delimiter) && !i.userData.includes("\r")) {
    return [`cat >"${path}" <<'${delimiter}'`, ...lines.slice(0, -1), delimiter];
  }
  return [`printf '%s' ${sq(base64(i.userData))} | base64 -d >"${path}"`];
}
