import { describe, expect, it } from "vitest";
import { seedLab } from "../templates/seed-lab";
import { createFlowDeriver } from "./design-to-flow";
import { HANDLE_PX, HANDLE_SIDES, nodeHandles } from "./handles";

describe("nodeHandles", () => {
  it("centres each connection point on the middle of its side", () => {
    const [top, bottom] = nodeHandles("subnet", 384, 160);
    expect(top).toEqual({ id: "top", type: "source", position: "top", x: 192 - HANDLE_PX / 2, y: -HANDLE_PX / 2, width: HANDLE_PX, height: HANDLE_PX });
    expect(bottom).toMatchObject({ id: "bottom", x: 192 - HANDLE_PX / 2, y: 160 - HANDLE_PX / 2 });
    const [left, right] = [...nodeHandles("target-group", 196, 76), ...nodeHandles("security-group", 196, 76)].filter((h) => h.id === "left" || h.id === "right");
    expect(left).toMatchObject({ x: -HANDLE_PX / 2, y: 38 - HANDLE_PX / 2 });
    expect(right).toMatchObject({ x: 196 - HANDLE_PX / 2, y: 38 - HANDLE_PX / 2 });
  });
  it("gives containers that take no connections none", () => {
    expect(nodeHandles("vpc", 900, 600)).toEqual([]);
    expect(nodeHandles("region", 900, 600)).toEqual([]);
  });
});

describe("flow nodes", () => {
  it("carry their size and connection points, so none has to be mounted to be measured", () => {
    const { nodes } = createFlowDeriver()(seedLab(), { selection: new Set(), dragging: new Map(), findings: new Map() });
    for (const n of nodes) {
      expect(n.measured).toEqual({ width: n.width, height: n.height });
      expect(n.handles.map((h) => h.id)).toEqual(HANDLE_SIDES[n.type]);
    }
    // Every side an edge names exists on its node, or React Flow could not draw the line.
    const { edges } = createFlowDeriver()(seedLab(), { selection: new Set(), dragging: new Map(), findings: new Map() });
    const byId = new Map(nodes.map((n) => [n.id, n]));
    for (const e of edges) {
      expect(byId.get(e.source)!.handles.map((h) => h.id), e.id).toContain(e.sourceHandle);
      expect(byId.get(e.target)!.handles.map((h) => h.id), e.id).toContain(e.targetHandle);
    }
  });
});
