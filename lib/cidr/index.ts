export * from "./constants";
export * from "./parse";
export * from "./math";
