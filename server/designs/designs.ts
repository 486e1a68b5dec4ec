import "server-only";
import type pg from "pg";
import type { Design } from "../../lib/design/schema";
import type { DesignSummary, DesignVersionInfo, OpenedDesign } from "../../lib/designs";
import { teamPool } from "../accounts/instance";
import { StepError } from "../aws/errors";
import { memberOf, studentsOf, type Member } from "../class/class-store";
import { postgresDesigns } from "../store/postgres/pg-designs";
import { StoreConflict, type SavedDesign } from "../store/types";
import { designAccess, notYours } from "./access";

const info = (d: Omit<SavedDesign, "design">): DesignVersionInfo => ({ id: d.id, version: d.version, name: d.name, savedAt: d.savedAt });

/**
 * Saves a new version of one of the viewer's designs (team mode). The first save of an id
 * makes it the viewer's; a save on someone else's design is refused as "not yours" (an
 * instructor reads students' designs, never writes them); a save whose `baseVersion` is not
 * the newest is refused as `StaleVersion`, naming the newer version, so the editor can offer
 * to load it or save a copy instead of silently overwriting another tab's work.
 */
export async function saveDesignFor(viewer: Member, input: { id: string; baseVersion?: number; design: Design }, now = Date.now()): Promise<DesignVersionInfo> {
  const store = postgresDesigns(await teamPool());
  try {
    // No base version means "a new design": 0, so an id that already has versions is stale too.
    return info(await store.save({ id: input.id, ownerId: viewer.userId, design: input.design, now, baseVersion: input.baseVersion ?? 0 }));
  } catch (error) {
    if (!(error instanceof StoreConflict)) throw error;
    if (error.code === "NotOwner") throw notYours(viewer, input.id);
    const latest = (await store.history(input.id))[0]?.version ?? 0;
    throw Object.assign(new StepError("StaleVersion", `Design ${input.id} was saved again elsewhere (version ${latest}); this edit started from version ${input.baseVersion ?? 0}. Load the newer version or save yours as a copy.`), {
      refusal: { key: "staleVersion", params: { latest, base: input.baseVersion ?? 0 } },
    });
  }
}

/**
 * "My designs": a student's own designs, newest save first; an instructor's list is their
 * class's students' designs (with whose each is), which they may open read-only.
 */
export async function listDesignsFor(viewer: Member): Promise<DesignSummary[]> {
  const pool = await teamPool();
  const store = postgresDesigns(pool);
  if (viewer.role !== "instructor") return (await store.list({ ownerId: viewer.userId })).map(info);
  const students = await studentsOf(pool, viewer.classId);
  const lists = await Promise.all(students.map(async (s) => (await store.list({ ownerId: s.userId })).map((d) => ({ ...info(d), ownerId: s.userId, ownerName: s.name }))));
  return lists.flat().sort((a, b) => b.savedAt - a.savedAt || a.id.localeCompare(b.id));
}

/** The newest version of a design the viewer may reach, or the version asked for; refused otherwise. */
export async function openDesignFor(viewer: Member, input: { id: string; version?: number }): Promise<OpenedDesign> {
  const pool = await teamPool();
  const store = postgresDesigns(pool);
  const latest = await store.get(input.id);
  const access = await reach(pool, viewer, input.id, latest);
  const saved = input.version === undefined ? latest! : await store.get(input.id, input.version);
  if (!saved) throw new StepError("NotFound", `Design ${input.id} has no version ${input.version}; its newest is ${latest!.version}.`);
  if (access === "owner") return { ...info(saved), design: saved.design, latestVersion: latest!.version, isReadOnly: false };
  const ownerName = (await memberOf(pool, latest!.ownerId!))?.name;
  return { ...info(saved), design: saved.design, latestVersion: latest!.version, isReadOnly: true, ...(ownerName ? { ownerName } : {}) };
}

/** Every version of a design the viewer may reach, newest first. */
export async function designHistoryFor(viewer: Member, input: { id: string }): Promise<DesignVersionInfo[]> {
  const pool = await teamPool();
  const versions = await postgresDesigns(pool).history(input.id);
  await reach(pool, viewer, input.id, versions[0]);
  return versions.map(info);
}

async function reach(pool: pg.Pool, viewer: Member, id: string, latest: { ownerId?: string } | undefined) {
  const access = latest && (await designAccess(pool, viewer, latest.ownerId));
  if (!access) throw notYours(viewer, id);
  return access;
}
