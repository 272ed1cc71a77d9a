export * from "./roles.js";
export * from "./capabilities.js";
export * from "./schemas.js";
export * from "./action-list.js";
