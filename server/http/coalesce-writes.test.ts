import { describe, expect, it } from "vitest";
import { coalesceWrites } from "./coalesce-writes";

function collect(stream: NodeJS.ReadableStream): { chunks: string[]; done: Promise<void> } {
  const chunks: string[] = [];
  const done = new Promise<void>((resolve, reject) => {
    stream.on("data", (chunk: Buffer) => chunks.push(chunk.toString()));
    stream.on("end", () => resolve());
    stream.on("error", reject);
  });
  return { chunks, done };
}

const nextTick = () => new Promise((resolve) => setImmediate(resolve));

describe("coalescing the renderer's writes", () => {
  it("passes pieces written in the same tick on as one chunk", async () => {
    const stream = coalesceWrites();
    const { chunks, done } = collect(stream);
    for (const piece of ["<html>", "<body>", "hello", "</body>", "</html>"]) stream.write(piece);
    stream.end();
    await done;
    expect(chunks).toEqual(["<html><body>hello</body></html>"]);
  });

  it("still streams what is written later, as soon as it is written", async () => {
    const stream = coalesceWrites();
    const { chunks, done } = collect(stream);
    stream.write("<p>shell</p>");
    stream.write("<p>fallback</p>");
    await nextTick();
    await nextTick();
    expect(chunks).toEqual(["<p>shell</p><p>fallback</p>"]);
    stream.write("<p>resolved</p>");
    await nextTick();
    await nextTick();
    expect(chunks).toEqual(["<p>shell</p><p>fallback</p>", "<p>resolved</p>"]);
    stream.end();
    await done;
    expect(chunks.join("")).toBe("<p>shell</p><p>fallback</p><p>resolved</p>");
  });

  it("loses nothing written just before the end", async () => {
    const stream = coalesceWrites();
    const { chunks, done } = collect(stream);
    stream.write("a");
    stream.end("b");
    await done;
    await nextTick();
    expect(chunks.join("")).toBe("ab");
  });
});
