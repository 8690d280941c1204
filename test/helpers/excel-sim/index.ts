export * from "./book";
export * from "./profiles";
export { SETTINGS_LIMIT, newStats, simContext, simRun, type SimStats } from "./context";
export * from "./office";
export { hostOn } from "./host";
