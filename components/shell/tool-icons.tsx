/** Toolbar glyphs (stroke icons, 20 px). */
const GLYPHS = {
  new: "M6 3h8l4 4v14H6zM14 3v4h4M12 11v6m-3-3h6",
  template: "M4 4h7v7H4zm9 0h7v7h-7zM4 13h7v7H4zm9 0h7v7h-7z",
  import: "M12 4v11m0 0-4-4m4 4 4-4M5 20h14",
  export: "M12 15V4m0 0L8 8m4-4 4 4M5 20h14",
  folder: "M3 6h6l2 2h10v11H3zM3 10h18",
  cloud: "M7 19a4 4 0 0 1-.6-8A6 6 0 0 1 18 10a4.5 4.5 0 0 1-.5 9zM12 10v6m0 0-2.5-2.5M12 16l2.5-2.5",
  undo: "M9 14 4 9l5-5M4 9h10a6 6 0 0 1 0 12h-3",
  redo: "m15 14 5-5-5-5m5 5H10a6 6 0 0 0 0 12h3",
  layout: "M4 4h6v6H4zm10 0h6v6h-6zM9 14h6v6H9zM7 10v2h10v-2M12 12v2",
  fit: "M4 9V4h5m6 0h5v5m0 6v5h-5m-6 0H4v-5",
  sun: "M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8Zm0-5v2m0 14v2M3 12h2m14 0h2M5.6 5.6 7 7m10 10 1.4 1.4M5.6 18.4 7 17M17 7l1.4-1.4",
  moon: "M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5Z",
  globe: "M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18Zm-9 9h18M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9c-2.5-2.6-3.8-5.6-3.8-9S9.5 5.6 12 3Z",
  trash: "M5 7h14M10 11v6m4-6v6M6 7l1 13h10l1-13M9 7V4h6v3",
  recent: "M12 3a9 9 0 1 1-8.5 6M3 4v5h5M12 7v5l3 2",
  search: "M10.5 4a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13ZM15.5 15.5 20 20",
  help: "M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18Zm-2.6 6.5a2.7 2.7 0 1 1 3.9 2.4c-.8.4-1.3 1-1.3 1.9v.7M12 17.2v.1",
} as const;

export type Glyph = keyof typeof GLYPHS;

/** One toolbar glyph. */
export function ToolIcon({ glyph }: { glyph: Glyph }) {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true">
      <path d={GLYPHS[glyph]} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
