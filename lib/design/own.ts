/**
 * The entity stored under `id`, or undefined: an own-property lookup, so an id such as
 * "constructor" or "toString" never finds what every object inherits from Object.prototype
 * (a dangling reference to "constructor" must read as missing, not as a function).
 *
 * @example own({ a: 1 }, "constructor") // undefined
 */
export function own<T>(record: Readonly<Record<string, T>>, id: string | null | undefined): T | undefined {
  return id != null && Object.hasOwn(record, id) ? record[id] : undefined;
}
