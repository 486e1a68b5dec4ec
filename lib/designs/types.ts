import type { Design } from "../design/schema";

/** One version of a saved design as lists show it: no document, so a list stays small. */
export type DesignVersionInfo = { id: string; version: number; name: string; savedAt: number };

/**
 * One saved design in "My designs": its newest version. `ownerId` and `ownerName` are set only
 * when an instructor lists a student's design (which they may open, never save over).
 */
export type DesignSummary = DesignVersionInfo & { ownerId?: string; ownerName?: string };

/** An opened version, with whether the viewer may save on top of it (its owner) or only read it (an instructor: then whose it is). */
export type OpenedDesign = DesignVersionInfo & { design: Design; latestVersion: number; isReadOnly: boolean; ownerName?: string };
