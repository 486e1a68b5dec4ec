import "server-only";

/**
 * Rewrites resource blocks in an AWS XML response without parsing it: each innermost
 * `<item>` (EC2) or `<member>` (ELBv2) element that contains `<idTag>` is one resource, and
 * `rewrite(id, block)` returns its replacement ("" removes it). Everything else stays
 * byte-for-byte as moto wrote it, so the SDK sees moto's own response shape.
 */
export function rewriteBlocks(xml: string, element: "item" | "member", idTag: string, rewrite: (id: string, block: string) => string): string {
  const open = `<${element}>`;
  const close = `</${element}>`;
  const idPattern = new RegExp(`<${idTag}>([^<]*)</${idTag}>`);
  const stack: Array<{ start: number; hasMatch: boolean }> = [];
  const matches: Array<{ start: number; end: number; id: string }> = [];
  const tokens = new RegExp(`${open}|${close}`, "g");
  for (let token = tokens.exec(xml); token; token = tokens.exec(xml)) {
    if (token[0] === open) {
      stack.push({ start: token.index, hasMatch: false });
      continue;
    }
    const frame = stack.pop();
    if (!frame) continue;
    const end = token.index + close.length;
    const parent = stack[stack.length - 1];
    if (frame.hasMatch) {
      if (parent) parent.hasMatch = true;
      continue;
    }
    const id = idPattern.exec(xml.slice(frame.start, end))?.[1];
    if (id === undefined) continue;
    matches.push({ start: frame.start, end, id });
    if (parent) parent.hasMatch = true;
  }
  if (matches.length === 0) return xml;
  let out = "";
  let cursor = 0;
  for (const match of matches.sort((a, b) => a.start - b.start)) {
    out += xml.slice(cursor, match.start) + rewrite(match.id, xml.slice(match.start, match.end));
    cursor = match.end;
  }
  return out + xml.slice(cursor);
}

/** The text of the first `<tag>…</tag>` in `xml`, or undefined. */
export function tagText(xml: string, tag: string): string | undefined {
  return new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(xml)?.[1];
}

/** Replaces the text of the first `<tag>…</tag>` in `xml`. */
export function replaceTagText(xml: string, tag: string, text: string): string {
  return xml.replace(new RegExp(`<${tag}>[^<]*</${tag}>`), `<${tag}>${text}</${tag}>`);
}
