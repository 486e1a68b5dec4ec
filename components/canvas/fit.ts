import type { FitViewOptions } from "@xyflow/react";

/** How "fit view" frames the diagram: clear of the minimap in the bottom-right corner. */
export const FIT_VIEW: FitViewOptions = { padding: { top: "28px", left: "28px", bottom: "28px", right: "236px" }, duration: 300 };
