export * from "./geometry";
export * from "./layout";
export * from "./node-data";
export * from "./edges";
export * from "./design-to-flow";
export * from "./drop";
export * from "./connect";
