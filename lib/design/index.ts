export * from "./ids";
export * from "./schema";
export * from "./migrate";
export * from "./routing";
export * from "./empty";
export * from "./ops";
export * from "./find";
export * from "./facts";
