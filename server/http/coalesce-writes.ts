// React's streaming renderer writes HTML in ~2 KB pieces, and Remix flushes the response after each
// one; behind `compression` every flush ends a compressed block and costs a thread-pool round trip.
// Pieces written in the same tick are passed on as one chunk, so a page rendered in one go leaves as
// one write, while content that streams in later (a Suspense boundary resolving) still goes at once.
import { Transform } from "node:stream";

export function coalesceWrites(): Transform {
  let pending: Buffer[] = [];
  let scheduled = false;
  const release = (stream: Transform) => {
    if (pending.length === 0) return;
    const chunk = pending.length === 1 ? pending[0]! : Buffer.concat(pending);
    pending = [];
    stream.push(chunk);
  };
  const stream: Transform = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      pending.push(chunk);
      if (!scheduled) {
        scheduled = true;
        setImmediate(() => {
          scheduled = false;
          release(stream);
        });
      }
      callback();
    },
    flush(callback) {
      release(stream);
      callback();
    },
  });
  return stream;
}
