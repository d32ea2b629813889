export * from "./app";
export * from "./kb";
export * from "./store";
