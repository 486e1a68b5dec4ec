"use client";
import { useCallback } from "react";
import { updateEntity } from "../../lib/design/ops";
import type { Design, EntityCollection } from "../../lib/design/schema";
import { applyChange } from "../canvas/store";

type EntityOf<C extends EntityCollection> = Design[C][string];

/**
 * Returns `patch(fields, field?)` for one entity: each call is one document edit, and edits of the
 * same field in quick succession (typing) merge into one undo step.
 */
export function useEdit<C extends EntityCollection>(collection: C, id: string) {
  return useCallback(
    (patch: Partial<Omit<EntityOf<C>, "id">>, field?: string) => applyChange((d) => updateEntity(d, collection, id, patch), field ? `${id}.${field}` : undefined),
    [collection, id],
  );
}
