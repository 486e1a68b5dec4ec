import "server-only";
import { openDatabase } from "../../util/sqlite";
import { nextVersion } from "../design-save";
import type { DesignStore, SavedDesign } from "../types";

type Row = { id: string; version: number; owner_id: string | null; name: string; document?: string; saved_at: number };

const toSaved = (r: Row): SavedDesign => ({ id: r.id, version: r.version, ...(r.owner_id ? { ownerId: r.owner_id } : {}), name: r.name, design: JSON.parse(r.document!), savedAt: r.saved_at });
const toMeta = (r: Row): Omit<SavedDesign, "design"> => ({ id: r.id, version: r.version, ...(r.owner_id ? { ownerId: r.owner_id } : {}), name: r.name, savedAt: r.saved_at });

/**
 * Versioned designs in `<dir>/designs.sqlite`. The embedded app keeps designs in the
 * browser's autosave; this is the same store the team mode has, so both pass one suite.
 */
export function openSqliteDesigns(dir: string): DesignStore & { close(): void } {
  const db = openDatabase(dir, "designs.sqlite", { durable: true });
  db.exec(`CREATE TABLE IF NOT EXISTS designs (
    id TEXT NOT NULL, version INTEGER NOT NULL, owner_id TEXT, name TEXT NOT NULL, document TEXT NOT NULL, saved_at INTEGER NOT NULL,
    PRIMARY KEY (id, version))`);
  const latest = db.prepare("SELECT id, version, owner_id, name, saved_at FROM designs WHERE id = ? ORDER BY version DESC LIMIT 1");
  const insert = db.prepare("INSERT INTO designs (id, version, owner_id, name, document, saved_at) VALUES (?, ?, ?, ?, ?, ?)");
  // One transaction: read the newest version and write the next, so two saves never share a number.
  const save = db.transaction((input: Parameters<DesignStore["save"]>[0]): SavedDesign => {
    const newest = latest.get(input.id) as Row | undefined;
    const version = nextVersion(newest && { version: newest.version, ownerId: newest.owner_id }, input);
    const savedAt = input.now ?? Date.now();
    insert.run(input.id, version, input.ownerId ?? null, input.design.name, JSON.stringify(input.design), savedAt);
    return { id: input.id, version, ...(input.ownerId ? { ownerId: input.ownerId } : {}), name: input.design.name, design: input.design, savedAt };
  });
  return {
    save: async (input) => save.immediate(input),
    async get(id, version) {
      const row = version === undefined
        ? db.prepare("SELECT * FROM designs WHERE id = ? ORDER BY version DESC LIMIT 1").get(id)
        : db.prepare("SELECT * FROM designs WHERE id = ? AND version = ?").get(id, version);
      return row ? toSaved(row as Row) : undefined;
    },
    history: async (id) => (db.prepare("SELECT id, version, owner_id, name, saved_at FROM designs WHERE id = ? ORDER BY version DESC").all(id) as Row[]).map(toMeta),
    async list(filter = {}) {
      const newest = "SELECT d.* FROM designs d JOIN (SELECT id, MAX(version) AS v FROM designs GROUP BY id) m ON d.id = m.id AND d.version = m.v";
      const rows = filter.ownerId === undefined
        ? db.prepare(`${newest} ORDER BY d.saved_at DESC, d.id`).all()
        : db.prepare(`${newest} WHERE d.owner_id = ? ORDER BY d.saved_at DESC, d.id`).all(filter.ownerId);
      return (rows as Row[]).map(toSaved);
    },
    close: () => db.close(),
  };
}
