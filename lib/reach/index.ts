export { reach } from "./reach";
export { buildEnv, type ReachEnv } from "./env";
export { formatReach, naclAssumption } from "./format";
export { instanceSummary, type InstanceSummary } from "./instance-summary";
export { INTERNET, type Blocker, type Hop, type HopKind, type Protocol, type ReachAnswer, type ReachError, type ReachQuery, type ReachResult } from "./types";
