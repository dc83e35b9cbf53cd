export * from "./catalog";
export * from "./products";
export * from "./cart";
export * from "./orders";
export * from "./subscribers";
export * from "./contact";
export * from "./webhooks";
