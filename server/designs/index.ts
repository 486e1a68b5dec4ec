import "server-only";
/**
 * Designs saved on the server in team mode: every save a new version, per user, read by their
 * instructor. The store (server/store, `DesignStore`) keeps the versions; this folder applies
 * the class's rule to who may save, list, open and see the history of each design.
 */
export { designHistoryFor, listDesignsFor, openDesignFor, saveDesignFor } from "./designs";
export { designAccess, notYours, type DesignAccess } from "./access";
