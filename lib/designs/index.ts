/** Designs saved on the server (team mode) as data: the actions' inputs and what they return. */
export { DesignHistoryInputSchema, DesignIdSchema, DesignVersionSchema, OpenDesignInputSchema, SaveDesignInputSchema, type OpenDesignInput, type SaveDesignInput } from "./inputs";
export type { DesignSummary, DesignVersionInfo, OpenedDesign } from "./types";
