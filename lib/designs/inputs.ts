import { z } from "zod";

/**
 * A saved design's id: the editor draws it (a UUID or a similar token) when a design is first
 * saved on the server, so the client can keep saving under it without a round trip first.
 */
export const DesignIdSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, "A design id is 8 to 64 letters, digits, '-' or '_'.");

/** A version number: versions count from 1 and every save adds one. */
export const DesignVersionSchema = z.number().int("A version is a whole number.").min(1, "Versions count from 1.");

/**
 * What the editor sends to save. `design` is checked by the migrations on the server (like
 * any file), not here. `baseVersion` is the version this edit started from: absent only for a
 * design's first save, so two tabs editing one design cannot overwrite each other.
 */
export const SaveDesignInputSchema = z.object({
  id: DesignIdSchema,
  baseVersion: DesignVersionSchema.optional(),
  design: z.unknown(),
});
export type SaveDesignInput = z.infer<typeof SaveDesignInputSchema>;

/** Opens the newest version of a design, or the one asked for. */
export const OpenDesignInputSchema = z.object({ id: DesignIdSchema, version: DesignVersionSchema.optional() });
export type OpenDesignInput = z.infer<typeof OpenDesignInputSchema>;

/** Lists every version of one design. */
export const DesignHistoryInputSchema = z.object({ id: DesignIdSchema });
