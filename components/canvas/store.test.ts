import { beforeEach, describe, expect, it } from "vitest";
import { updateEntity, moveEntity } from "../../lib/design/ops";
import { seedLab } from "../../lib/templates/seed-lab";
import { useDocumentStore } from "./store";
import { useViewStore } from "./view-store";
import { routeNodeChanges } from "./node-changes";

const store = () => useDocumentStore.getState();

describe("the document store", () => {
  beforeEach(() => useDocumentStore.setState({ design: seedLab(), past: [], future: [], lastKey: null, lastAt: 0 }));

  it("merges typing in one field into one undo step", () => {
    const original = store().design;
    for (const cidr of ["192.168.9.0/24", "192.168.10.0/24", "192.168.11.0/24"]) store().apply((d) => updateEntity(d, "subnets", "public-a", { cidr }), "public-a.cidr");
    expect(store().past).toHaveLength(1);
    store().undo();
    expect(store().design).toBe(original);
    store().redo();
    expect(store().design.subnets["public-a" as never].cidr).toBe("192.168.11.0/24");
  });

  it("keeps edits of different fields as separate steps and ignores no-op changes", () => {
    store().apply((d) => updateEntity(d, "subnets", "public-a", { name: "a" }), "public-a.name");
    store().apply((d) => updateEntity(d, "subnets", "public-a", { cidr: "192.168.9.0/24" }), "public-a.cidr");
    store().apply((d) => d);
    expect(store().past).toHaveLength(2);
  });

  it("never records selection or drag positions as document history", () => {
    routeNodeChanges([{ type: "select", id: "public-a", selected: true }, { type: "position", id: "public-a", dragging: true, position: { x: 5, y: 5 } }]);
    expect(useViewStore.getState().selection.has("public-a")).toBe(true);
    expect(useViewStore.getState().dragging.get("public-a")).toEqual({ x: 5, y: 5 });
    expect(store().past).toHaveLength(0);
  });

  it("commits the end of a drag as one move, snapped to the grid", () => {
    routeNodeChanges([{ type: "position", id: "public-a", dragging: true, position: { x: 21, y: 43 } }]);
    routeNodeChanges([{ type: "position", id: "public-a", dragging: false }]);
    expect(store().design.layout["public-a"]).toEqual({ x: 24, y: 40 });
    expect(store().past).toHaveLength(1);
    expect(useViewStore.getState().dragging.size).toBe(0);
    expect(moveEntity(store().design, "public-a", { x: 24, y: 40 })).toBe(store().design);
  });
});
