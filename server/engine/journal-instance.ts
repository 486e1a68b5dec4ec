import "server-only";
import { openJournal, type Journal } from "../journal";
import { dataDir } from "../util/project-root";

const open = new Map<string, Journal>();

/** The process's journal for `dir` (default `dataDir()`), opened once and shared. */
export function sharedJournal(dir: string = dataDir()): Journal {
  let journal = open.get(dir);
  if (!journal) {
    journal = openJournal(dir);
    open.set(dir, journal);
  }
  return journal;
}
