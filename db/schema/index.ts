export * from "./accounts";
export * from "./audit";
export * from "./contributions";
export * from "./documents";
export * from "./events";
export * from "./fahrplan";
export * from "./participation";
export * from "./sessions";
