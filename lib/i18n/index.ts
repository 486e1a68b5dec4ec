export * from "./particles";
