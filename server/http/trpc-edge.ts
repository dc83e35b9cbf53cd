// What every tRPC request passes before a procedure runs, decided once its calls are known (in
// createContext, before the answer starts): the cross-site rule forms have, JSON bodies only, and
// a session decided up front when the answer is streamed.
import { TRPCError } from "@trpc/server";
import type { TRPCRequestInfo } from "@trpc/server/http";
import type { Request } from "express";
import { proceduresTakingUploads } from "../trpc/init";
import { isCrossSite } from "./same-origin";
import type { Session } from "./session";

function isJson(req: Request): boolean {
  return req.headers["content-type"]?.split(";", 1)[0]?.trim().toLowerCase() === "application/json";
}

export function checkTrpcRequest(req: Request, info: TRPCRequestInfo, session: Session): void {
  if (info.type !== "mutation") return;
  if (isCrossSite(req)) throw new TRPCError({ code: "FORBIDDEN", message: "This call was sent from another site, so nothing was changed." });
  // A browser sends a form's types (and text/plain) cross-site without asking first, so outside
  // the procedures that take files a mutation is JSON. Those procedures rely on the check above.
  const takesUploads = info.calls.length > 0 && info.calls.every((call) => proceduresTakingUploads.has(call.path));
  if (!isJson(req) && !takesUploads) {
    throw new TRPCError({ code: "UNSUPPORTED_MEDIA_TYPE", message: `Calls that change something take JSON (Content-Type: application/json), not "${req.headers["content-type"] ?? "no content type"}".` });
  }
  // A streamed answer's headers go out before the first procedure finishes, so a cookie set by
  // one would be too late: a new shopper's session is started now, for every call in the batch.
  if (info.accept === "application/jsonl") session.ensureId();
}
