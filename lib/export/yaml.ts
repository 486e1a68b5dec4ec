/**
 * A small YAML writer for CloudFormation templates: mappings and sequences in block style,
 * every string double-quoted (JSON escapes are valid YAML, so no value is misread as a number
 * or boolean), and literal blocks for scripts that should stay readable.
 */

/** Text written as a literal block (`|`), e.g. user data; `text` comes back byte for byte. */
export type Literal = { literal: string };
export type YamlValue = string | number | boolean | Literal | YamlValue[] | { [key: string]: YamlValue };

const isLiteral = (v: YamlValue): v is Literal => typeof v === "object" && v !== null && !Array.isArray(v) && typeof (v as Literal).literal === "string" && Object.keys(v).length === 1;

/**
 * A literal block keeps text exactly only when every line is printable and the first does not
 * start with a space; otherwise the text is written quoted, which is always exact.
 */
function literalLines(text: string, indent: string): string | undefined {
  if (!text || /[^\t\n\x20-\x7e\u00a0-\uffff]/.test(text) || /^[ \n]/.test(text) || /[\u2028\u2029\ufeff]/.test(text)) return undefined;
  const trailing = /\n*$/.exec(text)![0].length;
  const chomp = trailing === 0 ? "-" : trailing === 1 ? "" : "+";
  const body = trailing ? text.slice(0, -1) : text;
  return `|${chomp}\n${body.split("\n").map((line) => (line ? indent + line : "")).join("\n")}`;
}

function scalar(value: string | number | boolean): string {
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}

const plainKey = (key: string) => (/^[A-Za-z0-9_:]+$/.test(key) && !/^\d/.test(key) ? key : JSON.stringify(key));

function renderValue(value: YamlValue, depth: number): string {
  const pad = "  ".repeat(depth);
  if (isLiteral(value)) return literalLines(value.literal, pad) ?? JSON.stringify(value.literal);
  if (Array.isArray(value)) {
    if (!value.length) return "[]";
    return "\n" + value.map((item) => `${pad}- ${renderInline(item, depth + 1)}`).join("\n");
  }
  if (typeof value === "object") {
    const entries = Object.entries(value);
    if (!entries.length) return "{}";
    return "\n" + entries.map(([k, v]) => `${pad}${plainKey(k)}:${lead(v, depth + 1)}`).join("\n");
  }
  return scalar(value);
}

/** After `key:` a scalar follows on the same line, a collection on the next lines. */
function lead(value: YamlValue, depth: number): string {
  const text = renderValue(value, depth);
  return text.startsWith("\n") ? text : ` ${text}`;
}

/** A sequence item: a mapping starts on the dash's line, its other keys aligned under it. */
function renderInline(value: YamlValue, depth: number): string {
  const text = renderValue(value, depth);
  return text.startsWith("\n") ? text.slice(1).replace(/^\s+/, "") : text;
}

/** The whole document; top-level keys in the order given. */
export function renderYaml(doc: { [key: string]: YamlValue }): string {
  return `${renderValue(doc, 0).slice(1)}\n`;
}
