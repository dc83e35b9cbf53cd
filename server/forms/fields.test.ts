import { describe, expect, it } from "vitest";
import { z } from "zod";
import { checkboxField, emailField, optionalText, requiredText } from "./fields";

const name = requiredText({ required: "Please enter your name.", max: 10 });
const message = (input: unknown, schema: z.ZodType) => schema.safeParse(input).error?.issues[0]?.message;

describe("the shared field schemas", () => {
  it.each(["Ada\u0000", "\u0000", "Ada\ud800", "\udc00x", "bell\u0007", "esc\u001b[0m", "del\u007f"])("refuse %j with a field message, never reaching Postgres", (text) => {
    expect(message(text, name)).toBe("Please remove the unusual characters from this field.");
    expect(message(text, optionalText({ max: 100 }))).toBe("Please remove the unusual characters from this field.");
    expect(message(`${text}@example.com`, emailField)).toBe("Please remove the unusual characters from this field.");
  });

  it("keep line breaks and tabs in a message, and fold them in a one-line field", () => {
    expect(optionalText({ max: 100, oneLine: false }).parse("  Dear studio,\n\tthanks  ")).toBe("Dear studio,\n\tthanks");
    expect(requiredText({ required: "Enter it.", max: 50 }).parse("  Ada \r\n Lovelace ")).toBe("Ada Lovelace");
  });

  it("say what is missing whether the field was empty, blank or not sent at all", () => {
    for (const input of ["", "   ", undefined]) expect(message(input, name)).toBe("Please enter your name.");
    expect(optionalText({ max: 5 }).parse(undefined)).toBe("");
    expect(message("x".repeat(11), name)).toBe("Please keep this under 10 characters.");
  });

  it("read a checkbox as browsers send it, and an e-mail trimmed and lower-cased", () => {
    expect([checkboxField.parse("on"), checkboxField.parse(undefined), checkboxField.parse(true)]).toEqual([true, false, true]);
    expect(emailField.parse("  Ada@Example.COM ")).toBe("ada@example.com");
    expect(message("ada-at-example", emailField)).toBe("Please enter a valid e-mail address, like name@example.com.");
  });
});
