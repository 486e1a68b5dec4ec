/**
 * Tags every resource this app creates carries. Cleanup and sweep act only on resources
 * that have `vpcd:deployment`; anything without it is never touched.
 */
export const TAG_DEPLOYMENT = "vpcd:deployment";
export const TAG_LOGICAL_ID = "vpcd:logical-id";
export const TAG_DESIGN = "vpcd:design";
export const TAG_NAME = "Name";
/** Which installation of the app made it, so a sweep can tell another machine's deployments from its own orphans. */
export const TAG_INSTALLATION = "vpcd:installation";
