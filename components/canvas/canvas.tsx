"use client";
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from "react";
import { Background, BackgroundVariant, ConnectionMode, ControlButton, Controls, ReactFlow, useReactFlow, type Connection, type Edge, type FinalConnectionState, type NodeHandle } from "@xyflow/react";
import { useShallow } from "zustand/react/shallow";
import { useTranslations } from "next-intl";
import { createFlowDeriver, type FlowNode } from "../../lib/flow/design-to-flow";
import { planConnection } from "../../lib/flow/connect";
import { GRID } from "../../lib/flow/geometry";
import { OverviewMap } from "./overview-map";
import { EDGE_TYPES, NODE_TYPES } from "./node-types";
import { routeEdgeChanges, routeNodeChanges } from "./node-changes";
import { checkAfterFirstView, countFindings, useFindingsOf } from "./findings";
import { applyChange, currentDesign, useDocumentStore } from "./store";
import { useViewStore } from "./view-store";
import { canvasBridge } from "./bridge";
import { fitReadable } from "./fit";
import { ToolIcon } from "../shell/tool-icons";
import { useFirstView } from "./view-follow";
import { NodeMenu, openReachMenu } from "../reach/node-menu";
import { useReachStore } from "../reach/reach-store";
import { HoverCard, onNodeHoverEnd, onNodeHoverStart } from "./hover-card";
import dynamic from "next/dynamic";

// The reachability engine loads with the first question asked; most sessions draw without one.
const ReachOverlay = dynamic(() => import("../reach/reach-overlay").then((m) => m.ReachOverlay));

/** A flow node as React Flow types it: handle sides as its `Position` enum, whose values are the lib's side names ("top", …). */
type CanvasNode = Omit<FlowNode, "handles"> & { handles: NodeHandle[] };

const isValidConnection = (c: Connection | Edge) => planConnection(currentDesign(), c.source, c.target).ok;

/** The diagram: nodes and edges derived from the document, view state merged in. */
export function Canvas({ theme }: { theme: "light" | "dark" }) {
  const t = useTranslations("designer");
  // While the user types in a field (a keyed edit), the diagram follows one render behind, so the
  // keystroke's finding reaches the inspector first and a large diagram is re-laid out just after.
  // Every other edit (a drop, a connection, a delete) redraws at once: a gesture that starts right
  // after it must find the nodes it acts on already up to date.
  const live = useDocumentStore((s) => s.design);
  const isTyping = useDocumentStore((s) => s.lastKey !== null);
  const deferred = useDeferredValue(live);
  const design = isTyping ? deferred : live;
  const { selection, dragging, reveal } = useViewStore(useShallow((s) => ({ selection: s.selection, dragging: s.dragging, reveal: s.reveal })));
  const findings = useFindingsOf(design);
  const counts = useMemo(() => countFindings(design, findings), [design, findings]);
  const [derive] = useState(createFlowDeriver);
  const flow = derive(design, { selection, dragging, findings: counts });
  const edges = useMemo(() => flow.edges.map((e) => (selection.has(e.id) ? { ...e, selected: true } : e)), [flow.edges, selection]);
  const rf = useReactFlow<CanvasNode>();
  const isAsking = useReachStore((s) => s.question !== null);
  const ariaLabelConfig = useMemo(
    () => ({
      "node.a11yDescription.default": t("canvas.nodeHelp"),
      "node.a11yDescription.keyboardDisabled": t("canvas.nodeHelpKeyboard"),
      "node.a11yDescription.ariaLiveMessage": ({ direction, x, y }: { direction: string; x: number; y: number }) => t("canvas.nodeMoved", { direction, x, y }),
      "edge.a11yDescription.default": t("canvas.edgeHelp"),
      "controls.ariaLabel": t("canvas.controls"),
      "controls.zoomIn.ariaLabel": t("canvas.zoomIn"),
      "controls.zoomOut.ariaLabel": t("canvas.zoomOut"),
      "controls.fitView.ariaLabel": t("canvas.fitView"),
      "controls.interactive.ariaLabel": t("canvas.interactive"),
      "minimap.ariaLabel": t("canvas.minimap"),
      "handle.ariaLabel": t("canvas.handle"),
    }),
    [t],
  );
  useEffect(() => {
    canvasBridge.placements = flow.placements;
  }, [flow.placements]);
  useFirstView(rf, flow.placements);
  useEffect(checkAfterFirstView, []);
  useEffect(() => {
    if (reveal) void rf.fitView({ nodes: [{ id: reveal.id }], duration: 350, padding: 0.6, maxZoom: 1.1 });
  }, [reveal, rf]);
  const onConnect = useCallback((c: Connection) => {
    const plan = planConnection(currentDesign(), c.source, c.target);
    if (plan.ok) applyChange(plan.apply);
  }, []);
  const onConnectEnd = useCallback(
    (_: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      if (!state.toNode || !state.fromNode || state.isValid) return;
      const plan = planConnection(currentDesign(), state.fromNode.id, state.toNode.id);
      if (!plan.ok) useViewStore.getState().toast(t(`connect.${plan.reason}`), "error");
    },
    [t],
  );
  return (
    <ReactFlow<CanvasNode>
      nodes={flow.nodes as CanvasNode[]}
      edges={edges}
      nodeTypes={NODE_TYPES}
      edgeTypes={EDGE_TYPES}
      onNodesChange={routeNodeChanges}
      onEdgesChange={routeEdgeChanges}
      onConnect={onConnect}
      onConnectEnd={onConnectEnd}
      onNodeContextMenu={openReachMenu}
      onNodeMouseEnter={onNodeHoverStart}
      onNodeMouseLeave={onNodeHoverEnd}
      isValidConnection={isValidConnection}
      connectionMode={ConnectionMode.Loose}
      zIndexMode="manual"
      deleteKeyCode={null}
      multiSelectionKeyCode={["Shift", "Meta", "Control"]}
      snapToGrid
      snapGrid={[GRID, GRID]}
      onlyRenderVisibleElements
      minZoom={0.05}
      maxZoom={2.5}
      colorMode={theme}
      proOptions={{ hideAttribution: true }}
      aria-label={t("canvas.label")}
      ariaLabelConfig={ariaLabelConfig}
    >
      <Background variant={BackgroundVariant.Dots} gap={GRID * 3} size={1} />
      <OverviewMap />
      {/* React Flow's own fit button fits at any zoom; this one keeps the diagram readable (fit.ts). */}
      <Controls showInteractive={false} showFitView={false} aria-label={t("canvas.controls")}>
        <ControlButton className="react-flow__controls-fitview" onClick={() => fitReadable(rf)} title={t("canvas.fitView")} aria-label={t("canvas.fitView")}>
          <ToolIcon glyph="fit" />
        </ControlButton>
      </Controls>
      {isAsking ? <ReachOverlay /> : null}
      <NodeMenu />
      <HoverCard />
    </ReactFlow>
  );
}
