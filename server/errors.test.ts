import { expect, it } from "vitest";
import { DomainError, rateLimited } from "./errors";

it("a DomainError from another copy of the module (the Remix build's) is still a DomainError", async () => {
  // A query string makes the module loader evaluate the file a second time, as the Remix bundle does.
  const secondCopy = "./errors?another-copy";
  const copy = (await import(/* @vite-ignore */ secondCopy)) as typeof import("./errors");
  expect(copy.DomainError).not.toBe(DomainError);
  expect(copy.rateLimited("slow down")).toBeInstanceOf(DomainError);
  expect(rateLimited("slow down")).toBeInstanceOf(copy.DomainError);
  expect(new Error("plain")).not.toBeInstanceOf(DomainError);
});
