import { ENTITY_COLLECTIONS, KIND_OF_COLLECTION, type EntityKind } from "./constants";
import type { Design } from "./schema";

/** One search result: the entity, its kind, and the text that matched (name, id, CIDR or AWS id). */
export type FoundEntity = { id: string; kind: EntityKind; name: string; cidr?: string; awsId?: string; matched: "name" | "id" | "cidr" | "aws-id" };

/** Lower rank sorts first: an exact name beats a name prefix beats a name substring beats the other fields. */
function rank(field: string, query: string, base: number): number | undefined {
  const text = field.toLowerCase();
  if (text === query) return base;
  if (text.startsWith(query)) return base + 1;
  return text.includes(query) ? base + 2 : undefined;
}

/**
 * The entities whose name, id, CIDR or (once deployed) AWS id contains the query, best match
 * first, ties in document order (collections in dependency order, then insertion). Matching
 * ignores case and surrounding spaces; an empty query lists everything, so the finder also
 * works as a browsable index.
 *
 * @example findEntities(seedLab(), "10.0.1").map((f) => f.id) // the subnets whose CIDR starts so
 */
export function findEntities(design: Design, rawQuery: string, awsIds: Readonly<Record<string, string | undefined>> = {}, limit = 30): FoundEntity[] {
  const query = rawQuery.trim().toLowerCase();
  const scored: Array<{ found: FoundEntity; score: number; order: number }> = [];
  let order = 0;
  for (const collection of ENTITY_COLLECTIONS) {
    for (const entity of Object.values(design[collection]) as Array<{ id: string; name: string; cidr?: string }>) {
      order += 1;
      const awsId = awsIds[entity.id];
      const candidates: Array<[FoundEntity["matched"], number | undefined]> = [
        ["name", rank(entity.name, query, 0)],
        ["id", rank(entity.id, query, 3)],
        ["cidr", entity.cidr ? rank(entity.cidr, query, 3) : undefined],
        ["aws-id", awsId ? rank(awsId, query, 3) : undefined],
      ];
      const best = candidates.filter((c): c is [FoundEntity["matched"], number] => c[1] !== undefined).sort((a, b) => a[1] - b[1])[0];
      if (!best) continue;
      scored.push({ found: { id: entity.id, kind: KIND_OF_COLLECTION[collection], name: entity.name, cidr: entity.cidr, awsId, matched: best[0] }, score: best[1], order });
    }
  }
  return scored.sort((a, b) => a.score - b.score || a.order - b.order).slice(0, limit).map((s) => s.found);
}
