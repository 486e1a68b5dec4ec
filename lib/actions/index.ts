/** What server actions take and return: the input schemas, `ActionResult` and the one error-code union. */
export * from "./result";
export * from "./inputs";
