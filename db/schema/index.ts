export * from "./app";
export * from "./kb";
export * from "./returns";
export * from "./store";
