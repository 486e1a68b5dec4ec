import "server-only";
import { StoreConflict, type DesignSave } from "./types";

/**
 * The rules every store applies before writing a new version, given the newest one stored:
 * a design belongs to the user who first saved it, and a save based on an older version
 * than the newest is refused instead of silently dropping the other save. Returns the new
 * version number.
 */
export function nextVersion(latest: { version: number; ownerId: string | null } | undefined, input: DesignSave): number {
  if (latest && (latest.ownerId ?? undefined) !== (input.ownerId ?? undefined)) {
    throw new StoreConflict("NotOwner", `Design ${input.id} belongs to another user; save it under a new id.`);
  }
  if (input.baseVersion !== undefined && (latest?.version ?? 0) !== input.baseVersion) {
    throw new StoreConflict("StaleVersion", `Design ${input.id} was saved again meanwhile (version ${latest?.version ?? 0}, this edit started from ${input.baseVersion}); reload it first.`);
  }
  return (latest?.version ?? 0) + 1;
}
