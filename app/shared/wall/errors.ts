// One error type for geometry that cannot be used, so the server can answer it as bad input.

export type WallGeometryProblem = "not-finite" | "degenerate-quad" | "wrong-order" | "singular" | "bad-size";

/** Thrown for input no wall can have; `problem` says which kind, the message says what to change. */
export class WallGeometryError extends Error {
  constructor(
    readonly problem: WallGeometryProblem,
    message: string,
  ) {
    super(message);
    this.name = "WallGeometryError";
  }
}
