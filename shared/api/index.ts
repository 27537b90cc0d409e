export * from "./contract";
export * from "./errors";
export * from "./graph";
export * from "./health";
export * from "./insights";
export * from "./search";
export * from "./sources";
export * from "./topics";
