import { describe, expect, it } from "vitest";
import { csvField, csvRow, csvStream } from "./csv";

describe("csvField", () => {
  it.each([
    ["Ada Lovelace", "Ada Lovelace"],
    ["Lovelace, Ada", '"Lovelace, Ada"'],
    ['Ada "the Countess" Lovelace', '"Ada ""the Countess"" Lovelace"'],
    ["two\nlines", '"two\nlines"'],
    ["a\r\nb", '"a\r\nb"'],
    ["", ""],
  ])("quotes %j as %j", (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it.each([
    ["=HYPERLINK(\"http://evil.example\",\"click\")", "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\""],
    ["=1+2", "'=1+2"],
    ["+1+2", "'+1+2"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1:A9)", "'@SUM(A1:A9)"],
    ["\tcmd", "'\tcmd"],
    ["\r=cmd", "\"'\r=cmd\""],
    ["=cmd|' /C calc'!A0, Ada", "\"'=cmd|' /C calc'!A0, Ada\""],
  ])("keeps the formula %j from running: %j", (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it("leaves a formula character inside a value alone, and writes null as an empty cell", () => {
    expect(csvField("ada+news@example.com")).toBe("ada+news@example.com");
    expect(csvRow(["a", null, "b,c"])).toBe('a,,"b,c"\r\n');
  });
});

describe("csvStream", () => {
  it("asks its source for the next chunk only when the reader takes one, and ends the source when the reader leaves", async () => {
    let asked = 0;
    let ended = false;
    async function* source() {
      try {
        for (let i = 0; i < 100; i++) {
          asked++;
          yield `row ${i}\r\n`;
        }
      } finally {
        ended = true;
      }
    }
    const reader = csvStream(source()).getReader();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(asked).toBe(0);
    const decoder = new TextDecoder();
    expect(decoder.decode((await reader.read()).value)).toBe("row 0\r\n");
    expect(decoder.decode((await reader.read()).value)).toBe("row 1\r\n");
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(asked).toBe(2);
    await reader.cancel();
    expect(ended).toBe(true);
  });
});
