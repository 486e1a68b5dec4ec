import type { FlowKind } from "../../../lib/flow/layout";

/** Colours of AWS's architecture icon set, per resource kind. */
export const KIND_COLOR: Record<FlowKind, string> = {
  region: "#00a4a6",
  vpc: "#8c4fff",
  az: "#5a6b86",
  subnet: "#147eba",
  instance: "#ed7100",
  "nat-gateway": "#8c4fff",
  "internet-gateway": "#8c4fff",
  "route-table": "#8c4fff",
  "security-group": "#dd344c",
  "target-group": "#8c4fff",
  "load-balancer": "#8c4fff",
};

const PATHS: Record<FlowKind, string> = {
  region: "M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18Zm0 0c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9m0-18C9.5 5.6 8.2 8.6 8.2 12s1.3 6.4 3.8 9M3.6 9h16.8M3.6 15h16.8",
  vpc: "M7 18a4 4 0 0 1-.6-7.95A5.5 5.5 0 0 1 17.2 9 4.5 4.5 0 0 1 17 18H7Zm3-4.5h4m-2-2v4",
  az: "M4 20V8l8-4 8 4v12M9 20v-6h6v6",
  subnet: "M4 5h16v14H4zM4 9h16M8 13h3m-3 3h6",
  instance: "M7 7h10v10H7zM10 3v4m4-4v4m-4 10v4m4-4v4M3 10h4m-4 4h4m10-4h4m-4 4h4",
  "nat-gateway": "M4 12h6m0 0-2.5-2.5M10 12l-2.5 2.5M14 6h6v12h-6zM17 9v6",
  "internet-gateway": "M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18Zm-4 9h8m0 0-3-3m3 3-3 3",
  "route-table": "M5 5h14v14H5zM5 10h14M5 14h14M10 10v9",
  "security-group": "M12 3 5 6v5c0 4.4 3 8.3 7 10 4-1.7 7-5.6 7-10V6l-7-3Zm-3 9 2 2 4-4",
  "target-group": "M12 4a8 8 0 1 0 0 16 8 8 0 0 0 0-16Zm0 4a4 4 0 1 0 0 8 4 4 0 0 0 0-8Zm0 3a1 1 0 1 0 0 2 1 1 0 0 0 0-2Z",
  "load-balancer": "M12 4v5m0 0-6 6m6-6v6m0-6 6 6M10 2.5h4v3h-4zM4 15h4v4H4zm6 0h4v4h-4zm6 0h4v4h-4z",
};

/** A resource icon: a rounded square in the kind's colour with a line glyph. */
export function KindIcon({ kind, size = 28 }: { kind: FlowKind; size?: number }) {
  return (
    <svg className="kind-icon" width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" style={{ background: KIND_COLOR[kind] }}>
      <path d={PATHS[kind]} fill="none" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
