export * from "./types";
export * from "./step-kinds";
export * from "../plan/destroy-plan";
export * from "./plan-order";
export * from "./lab-note-order";
export * from "./report";
export * from "./sweep-groups";
export * from "./view";
