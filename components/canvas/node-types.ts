"use client";
import type { EdgeTypes, NodeTypes } from "@xyflow/react";
import { AzNode, RegionNode, SubnetNode, VpcNode } from "./nodes/container-nodes";
import { LeafNode } from "./nodes/leaf-node";
import { RelationEdge } from "./relation-edge";

/** Node components per kind, defined once at module scope so React Flow never remounts them. */
export const NODE_TYPES: NodeTypes = {
  region: RegionNode,
  vpc: VpcNode,
  az: AzNode,
  subnet: SubnetNode,
  instance: LeafNode,
  "nat-gateway": LeafNode,
  "internet-gateway": LeafNode,
  "route-table": LeafNode,
  "security-group": LeafNode,
  "target-group": LeafNode,
  "load-balancer": LeafNode,
};

export const EDGE_TYPES: EdgeTypes = { relation: RelationEdge };
