// CSV as spreadsheets read it (RFC 4180), made safe to open: a cell that a spreadsheet would run as a
// formula (one starting with = + - @, a tab or a carriage return) gets a leading ' (OWASP's CSV
// injection advice), so a subscriber who signs up as "=HYPERLINK(…)" is shown, never evaluated.
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: string | null): string {
  if (value === null) return "";
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One record with its CRLF line end. */
export function csvRow(values: (string | null)[]): string {
  return `${values.map(csvField).join(",")}\r\n`;
}

/**
 * A byte stream of the chunks, pulled one at a time: the next is asked for only when the reader
 * (the HTTP response) has taken the last, so a slow download holds one chunk, not the file. A reader
 * that goes away (the download cancelled) ends the source, which frees what it holds.
 */
export function csvStream(chunks: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const source = chunks[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const next = await source.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      },
      async cancel() {
        await source.return?.();
      },
    },
    { highWaterMark: 0 },
  );
}
