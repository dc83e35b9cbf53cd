import { expect, it } from "vitest";
import { DomainError, rateLimited } from "./errors";

it("a DomainError from another copy of the module (the Remix build's) is still a DomainError", async () => {
  const copy = (await import("./errors?another-copy")) as typeof import("./errors");
  expect(copy.DomainError).not.toBe(DomainError);
  expect(copy.rateLimited("slow down")).toBeInstanceOf(DomainError);
  expect(rateLimited("slow down")).toBeInstanceOf(copy.DomainError);
  expect(new Error("plain")).not.toBeInstanceOf(DomainError);
});
