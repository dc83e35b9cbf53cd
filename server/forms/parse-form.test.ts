import { describe, expect, it } from "vitest";
import { z } from "zod";
import { badInput, rateLimited } from "../errors";
import { emailField, requiredText } from "./fields";
import { besideField, failureFromError, parseForm } from "./parse-form";
import { readForm } from "./read-form";

const schema = z.object({ name: requiredText({ required: "Please enter your name.", max: 50 }), email: emailField });
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};

describe("parseForm", () => {
  it("gives each field its first message and keeps what was typed, but never a field named secret", () => {
    const parsed = parseForm(schema, form({ name: "", email: "nope", website: "spam" }), { neverEcho: ["website"] });
    expect(parsed).toEqual({
      ok: false,
      failure: { ok: false, formError: null, fieldErrors: { name: "Please enter your name.", email: "Please enter a valid e-mail address, like name@example.com." }, values: { name: "", email: "nope" } },
    });
  });

  it("hands the typed input on when every field is right", () => {
    expect(parseForm(schema, form({ name: " Ada ", email: "ADA@example.com" }))).toMatchObject({ ok: true, data: { name: "Ada", email: "ada@example.com" } });
  });
});

describe("domain errors on a form", () => {
  it("land beside the field they name, or above the form", () => {
    expect(failureFromError(badInput("We do not ship to FR.", "country"), { country: "FR" })).toEqual({ ok: false, formError: null, fieldErrors: { country: "We do not ship to FR." }, values: { country: "FR" } });
    expect(failureFromError(rateLimited("Slow down."), {})).toMatchObject({ formError: "Slow down.", fieldErrors: {} });
    expect(failureFromError(new Error("a bug"), {})).toBeNull();
  });

  it("besideField moves an error about no field beside the one given, and leaves others alone", async () => {
    await expect(Promise.reject(rateLimited("Slow down.")).catch(besideField("code"))).rejects.toMatchObject({ kind: "RateLimited", field: "code" });
    await expect(Promise.reject(badInput("x", "email")).catch(besideField("code"))).rejects.toMatchObject({ field: "email" });
  });
});

describe("readForm", () => {
  it("answers a multipart body that does not parse as the shopper's bad input, not a server error", async () => {
    const broken = new Request("http://shop.test/contact", { method: "POST", headers: { "content-type": "multipart/form-data; boundary=xyz" }, body: "--xyz\r\nnot a part" });
    await expect(readForm(broken)).rejects.toMatchObject({ kind: "BadInput", message: expect.stringMatching(/could not be read/) });
  });
});
