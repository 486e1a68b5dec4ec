/** A field problem as a message key of `designer.field` plus its values. */
export type FieldError = { key: string; values?: Record<string, string | number> } | null;
export type Check = (text: string) => FieldError;

/** Names: required, at most 255 characters (the schema's own limits). */
export const checkName: Check = (text) => (text.trim().length === 0 ? { key: "nameRequired" } : text.length > 255 ? { key: "nameTooLong" } : null);

/** A whole port number 0–65535 (or `min`–65535). */
export const checkPort = (min = 0): Check => (text) => {
  const n = Number(text);
  return text.trim() !== "" && Number.isInteger(n) && n >= min && n <= 65535 ? null : { key: "port", values: { min } };
};

/** A health-check path starting with "/". */
export const checkPath: Check = (text) => (text.startsWith("/") ? null : { key: "path" });

/** A whole number within a range. */
export const checkRange = (min: number, max: number): Check => (text) => {
  const n = Number(text);
  return text.trim() !== "" && Number.isInteger(n) && n >= min && n <= max ? null : { key: "range", values: { min, max } };
};
