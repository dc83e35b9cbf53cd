// Reads an upload's bytes from tRPC's octet stream, never more than the limit: past it the reading
// stops and the caller gets a 413, whatever Content-Length claimed.
import { TRPCError } from "@trpc/server";
import { octetInputParser } from "@trpc/server/http";
import { bodyLimitFor, tooLargeMessage } from "../http/body-limit";

export const WALL_UPLOAD_PATH = "/api/trpc/mockups.uploadWallPhoto";

/**
 * tRPC's `octetInputParser`, typed with the platform's own types (the published API's declarations
 * may name nothing of tRPC's internals), and refusing a form with a message that says what to send.
 * On the client the input is a `File`, `Blob` or bytes, which `httpLink` sends as the body.
 */
export const wallPhotoBody = {
  _input: null as unknown as Blob | Uint8Array,
  _output: null as unknown as ReadableStream<Uint8Array>,
  parse(input: unknown): ReadableStream<Uint8Array> {
    if (input instanceof ReadableStream) return octetInputParser.parse(input) as ReadableStream<Uint8Array>;
    throw new TRPCError({ code: "BAD_REQUEST", message: "Send the photo itself as the request body, with Content-Type: application/octet-stream; forms and multipart bodies are not accepted." });
  },
};

export async function readUploadBytes(body: ReadableStream<Uint8Array>, limit = bodyLimitFor(WALL_UPLOAD_PATH)): Promise<Buffer> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel();
        throw new TRPCError({ code: "PAYLOAD_TOO_LARGE", message: tooLargeMessage(limit) });
      }
      chunks.push(value);
    }
  } catch (error) {
    // tRPC's own reader fails the stream with its PAYLOAD_TOO_LARGE when it counts past maxBodySize.
    if (error instanceof TRPCError) throw error;
    throw new TRPCError({ code: "BAD_REQUEST", message: "The upload did not arrive whole; please try again.", cause: error });
  } finally {
    reader.releaseLock();
  }
  return Buffer.concat(chunks);
}
