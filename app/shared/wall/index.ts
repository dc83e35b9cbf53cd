// The wall editor's geometry, one import for the editor and for the server that validates a scene.
export * from "./errors";
export * from "./gallery";
export * from "./gallery-guides";
export * from "./hanging-guide";
export * from "./homography";
export * from "./print-mesh";
export * from "./print-sizes";
export * from "./quad";
export * from "./rectangle-aspect";
export * from "./reference-objects";
export * from "./scene";
export * from "./types";
export * from "./units";
export * from "./wall-plane";
