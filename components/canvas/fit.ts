import type { FitViewOptions } from "@xyflow/react";

/**
 * How "fit view" frames the whole diagram: the entire canvas with a small margin. The minimap
 * is an overlay that can be folded away, so no room is kept for it.
 */
export const FIT_VIEW: FitViewOptions = { padding: "24px", duration: 300 };
