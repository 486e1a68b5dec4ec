import "server-only";
import { workRunner } from "../work";

/** The one server function behind each cleanup action (the actions only parse input), through the app's work runner. */
export const cleanupActions = {
  confirm: async (id: string) => (await workRunner()).confirmCleanup(id),
  start: async (id: string, stepId?: string, token?: string) => (await workRunner()).startCleanup(id, stepId, token),
  stop: async (id: string) => (await workRunner()).stopCleanup(id),
  setTimer: async (id: string, hours: number | null) => (await workRunner()).setTimer(id, hours),
};
