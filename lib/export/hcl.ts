/**
 * A small HCL writer: blocks of attributes and nested blocks, printed the way `terraform fmt`
 * prints them (two-space indent, `=` aligned within a run of single-line attributes).
 */

/** An HCL expression, already written (a quoted string, a reference, a list…). */
export type Expr = { hcl: string };
export type Item = { attr: string; value: Expr } | { block: string; labels: string[]; body: Item[] } | { blank: true };

export const raw = (hcl: string): Expr => ({ hcl });

/**
 * A quoted HCL string: JSON escapes plus `$${` and `%%{`, so no text is read as a template.
 *
 * @example str('a "b" ${c}').hcl // "\"a \\\"b\\\" $${c}\""
 */
export function str(text: string): Expr {
  return raw(JSON.stringify(text).replace(/\$\{/g, "$${").replace(/%\{/g, "%%{"));
}

export const num = (n: number): Expr => raw(String(n));
export const bool = (b: boolean): Expr => raw(b ? "true" : "false");
export const list = (items: Expr[]): Expr => raw(`[${items.map((i) => i.hcl).join(", ")}]`);

/** A map literal on several lines; keys that are not plain identifiers are quoted. */
export function map(entries: Array<[string, Expr]>, indent = 1): Expr {
  if (!entries.length) return raw("{}");
  const key = (k: string) => (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(k) ? k : JSON.stringify(k));
  const width = Math.max(...entries.map(([k]) => key(k).length));
  const pad = "  ".repeat(indent + 1);
  const lines = entries.map(([k, v]) => `${pad}${key(k).padEnd(width)} = ${v.hcl}`);
  return raw(`{\n${lines.join("\n")}\n${"  ".repeat(indent)}}`);
}

export const attr = (name: string, value: Expr): Item => ({ attr: name, value });
export const block = (type: string, labels: string[], body: Item[]): Item => ({ block: type, labels, body });
export const blank: Item = { blank: true };

/** Prints top-level blocks separated by blank lines. */
export function render(items: Item[]): string {
  return `${items.map((item) => renderItem(item, 0)).join("\n\n")}\n`;
}

function renderItem(item: Item, depth: number): string {
  const pad = "  ".repeat(depth);
  if ("blank" in item) return "";
  if ("attr" in item) return `${pad}${item.attr} = ${item.value.hcl}`;
  const head = [item.block, ...item.labels.map((l) => JSON.stringify(l))].join(" ");
  if (!item.body.length) return `${pad}${head} {}`;
  return `${pad}${head} {\n${renderBody(item.body, depth + 1)}\n${pad}}`;
}

function renderBody(items: Item[], depth: number): string {
  const lines: string[] = [];
  let run: Array<{ attr: string; value: Expr }> = [];
  const flush = () => {
    const width = Math.max(0, ...run.map((a) => a.attr.length));
    for (const a of run) lines.push(`${"  ".repeat(depth)}${a.attr.padEnd(width)} = ${a.value.hcl.replace(/\n/g, `\n`)}`);
    run = [];
  };
  for (const item of items) {
    // terraform fmt aligns only consecutive single-line attributes; a multi-line value ends the run.
    if ("attr" in item && !item.value.hcl.includes("\n")) run.push(item);
    else {
      flush();
      lines.push(renderItem(item, depth));
    }
  }
  flush();
  return lines.join("\n");
}
