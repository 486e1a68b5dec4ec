/**
 * Design ids and names for imported resources. An id comes from the resource's
 * `vpcd:logical-id` tag (what this app deployed keeps its ids), else from its Name tag, else
 * from its AWS id; ids stay unique across the whole document.
 */
import { ENTITY_ID_PATTERN } from "../design/ids";
import type { Tag } from "./described";

export const tagValue = (tags: Tag[] | undefined, key: string) => tags?.find((t) => t.Key === key)?.Value;

export type IdAllocator = {
  id(awsId: string, tags: Tag[] | undefined, fallback?: string): string;
  of(awsId: string | undefined): string | undefined;
  /** Every AWS id given a design id so far, by design id (what an adoption records). */
  awsIds(): Record<string, string>;
};

/** One allocator per import: `id()` assigns, `of()` looks up the id given to an AWS id, `awsIds()` inverts them. */
export function idAllocator(): IdAllocator {
  const byAws = new Map<string, string>();
  const taken = new Set<string>();
  const clean = (text: string) => text.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 56).replace(/-+$/, "");
  return {
    id(awsId, tags, fallback) {
      const known = byAws.get(awsId);
      if (known) return known;
      const logical = tagValue(tags, "vpcd:logical-id");
      const base = [logical, tagValue(tags, "Name"), fallback, awsId].map((c) => (c ? clean(c) : "")).find((c) => ENTITY_ID_PATTERN.test(c)) ?? "imported";
      let id = base;
      for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
      taken.add(id);
      byAws.set(awsId, id);
      return id;
    },
    of: (awsId) => (awsId ? byAws.get(awsId) : undefined),
    awsIds: () => Object.fromEntries([...byAws].map(([aws, id]) => [id, aws])),
  };
}

/** The entity's display name: its Name tag, else the AWS id. */
export const nameOf = (tags: Tag[] | undefined, awsId: string, fallback?: string) => (tagValue(tags, "Name") || fallback || awsId).slice(0, 255);
