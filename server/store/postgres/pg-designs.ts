import "server-only";
import type pg from "pg";
import { nextVersion } from "../design-save";
import type { DesignStore, SavedDesign } from "../types";

type Row = { id: string; version: number; owner_id: string | null; name: string; document?: SavedDesign["design"]; saved_at: number };
const toMeta = (r: Row): Omit<SavedDesign, "design"> => ({ id: r.id, version: r.version, ...(r.owner_id ? { ownerId: r.owner_id } : {}), name: r.name, savedAt: r.saved_at });
const toSaved = (r: Row): SavedDesign => ({ ...toMeta(r), design: r.document! });

/** Versioned designs in PostgreSQL; a save holds a per-design advisory lock, so versions never collide. */
export function postgresDesigns(pool: pg.Pool): DesignStore {
  return {
    async save(input) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        await client.query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", [`design:${input.id}`]);
        const latest = (await client.query<Row>("SELECT id, version, owner_id, name, saved_at FROM designs WHERE id = $1 ORDER BY version DESC LIMIT 1", [input.id])).rows[0];
        const version = nextVersion(latest && { version: latest.version, ownerId: latest.owner_id }, input);
        const savedAt = input.now ?? Date.now();
        await client.query("INSERT INTO designs (id, version, owner_id, name, document, saved_at) VALUES ($1, $2, $3, $4, $5, $6)", [input.id, version, input.ownerId ?? null, input.design.name, JSON.stringify(input.design), savedAt]);
        await client.query("COMMIT");
        return { id: input.id, version, ...(input.ownerId ? { ownerId: input.ownerId } : {}), name: input.design.name, design: input.design, savedAt };
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    async get(id, version) {
      const { rows } = version === undefined
        ? await pool.query<Row>("SELECT * FROM designs WHERE id = $1 ORDER BY version DESC LIMIT 1", [id])
        : await pool.query<Row>("SELECT * FROM designs WHERE id = $1 AND version = $2", [id, version]);
      return rows[0] && toSaved(rows[0]);
    },
    history: async (id) => (await pool.query<Row>("SELECT id, version, owner_id, name, saved_at FROM designs WHERE id = $1 ORDER BY version DESC", [id])).rows.map(toMeta),
    async list(filter = {}) {
      const newest = "SELECT DISTINCT ON (id) * FROM designs";
      const { rows } = filter.ownerId === undefined
        ? await pool.query<Row>(`SELECT * FROM (${newest} ORDER BY id, version DESC) d ORDER BY saved_at DESC, id`)
        : await pool.query<Row>(`SELECT * FROM (${newest} WHERE owner_id = $1 ORDER BY id, version DESC) d ORDER BY saved_at DESC, id`, [filter.ownerId]);
      return rows.map(toSaved);
    },
  };
}
