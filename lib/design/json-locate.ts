/** Where and why a JSON text stops being JSON, with the field it was in ("subnets.public-a.cidr"). */
export type JsonSyntaxError = { line: number; column: number; path: string; problem: string };

class Stop {
  constructor(readonly problem: string) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const MAX_DEPTH = 1000;

/**
 * Scans `text` as JSON (RFC 8259) and describes the first syntax error, or returns null when it
 * is valid. Runs only after JSON.parse failed: V8's own message often has no position at all,
 * and a person needs the line and the field, not a character offset.
 */
export function locateJsonError(text: string): JsonSyntaxError | null {
  let i = 0;
  const path: (string | number)[] = [];
  const fail = (problem: string): never => {
    throw new Stop(i >= text.length ? "the document ends too early" : problem);
  };
  const ws = () => {
    while (i < text.length && " \t\n\r".includes(text[i])) i++;
  };
  const string = (): string => {
    const start = ++i;
    while (i < text.length && text[i] !== '"') {
      if (text.charCodeAt(i) < 0x20) fail("a line break or control character inside a string");
      if (text[i] === "\\") {
        i++;
        if (text[i] === "u" ? !/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5)) : !'"\\/bfnrt'.includes(text[i] ?? "")) fail("an invalid escape in a string");
        if (text[i] === "u") i += 4;
      }
      i++;
    }
    if (i >= text.length) fail("a string that is never closed");
    return text.slice(start, i++);
  };
  const container = (close: string, item: (index: number) => void) => {
    if (path.length >= MAX_DEPTH) fail("nesting deeper than 1000 levels");
    i++;
    ws();
    if (text[i] === close) return void i++;
    for (let index = 0; ; index++) {
      // The item leaves its key or index on the path until its separator is read, so an error
      // right after a value names that value's field.
      item(index);
      ws();
      if (text[i] !== close && text[i] !== ",") fail(`expected "," or "${close}"`);
      path.pop();
      if (text[i++] === close) return;
      ws();
    }
  };
  const value = (): void => {
    const c = text[i];
    if (c === "{") {
      return container("}", () => {
        if (text[i] !== '"') fail('expected a field name in double quotes (no trailing comma)');
        const key = string();
        ws();
        if (text[i] !== ":") fail('expected ":" after the field name');
        i++;
        ws();
        path.push(key);
        value();
      });
    }
    if (c === "[") {
      return container("]", (index) => {
        path.push(index);
        value();
      });
    }
    if (c === '"') return void string();
    for (const literal of ["true", "false", "null"]) if (text.startsWith(literal, i)) return void (i += literal.length);
    NUMBER.lastIndex = i;
    if (NUMBER.test(text)) return void (i = NUMBER.lastIndex);
    fail("expected a value (a string in double quotes, a number, true, false, null, an object or a list)");
  };
  try {
    ws();
    value();
    ws();
    if (i < text.length) fail("unexpected text after the end of the document");
    return null;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    const lines = text.slice(0, i).split("\n");
    return { line: lines.length, column: lines[lines.length - 1].length + 1, path: path.join("."), problem: error.problem };
  }
}
