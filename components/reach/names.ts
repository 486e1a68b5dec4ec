import { ENTITY_COLLECTIONS } from "../../lib/design/constants";
import type { Design } from "../../lib/design/schema";

/** Display name of any entity id on a path, falling back to the id. */
export function nameOfEnd(design: Design, id: string): string {
  for (const key of ENTITY_COLLECTIONS) {
    const entity = (design[key] as Record<string, { name?: string } | undefined>)[id];
    if (entity?.name) return entity.name;
  }
  return id;
}
