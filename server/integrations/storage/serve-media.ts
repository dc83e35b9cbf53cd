// /media/<key> for either backend: the folder as static files; the bucket's objects streamed through
// the app, or redirected to MEDIA_BASE_URL (a CDN) when the bucket is public there.
import express, { type RequestHandler } from "express";
import { pipeline } from "node:stream";
import type { ConfiguredStorage } from "./index";
import type { S3Storage } from "./s3-storage";
import { IMMUTABLE_CACHE_CONTROL, isStorageKey } from "./storage";

export function serveMedia(storage: ConfiguredStorage, options: { mediaBaseUrl?: string } = {}): RequestHandler {
  if (storage.backend === "filesystem") {
    return express.static(storage.root, { immutable: true, maxAge: "365d", fallthrough: false, index: false });
  }
  return bucketMedia(storage, options.mediaBaseUrl);
}

function bucketMedia(storage: S3Storage, mediaBaseUrl: string | undefined): RequestHandler {
  return async (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.set("allow", "GET, HEAD").status(405).end();
      return;
    }
    // The raw path, never decoded: a key outside the tame alphabet (`..`, `%2e`, a backslash) is
    // answered here and never reaches the bucket.
    const key = req.path.slice(1);
    if (!isStorageKey(key)) {
      res.status(404).type("text/plain").send("Not found");
      return;
    }
    if (mediaBaseUrl) {
      // Not permanent: the operator may move the CDN, and a browser would keep a 301 for good.
      res.set("cache-control", "public, max-age=86400").redirect(302, `${mediaBaseUrl}/${key}`);
      return;
    }
    let object;
    try {
      object = await storage.open(key);
    } catch (error) {
      req.log.error({ err: error, key }, "media: the bucket could not be read");
      res.status(503).type("text/plain").send("Media are unavailable right now");
      return;
    }
    if (!object) {
      res.status(404).type("text/plain").send("Not found");
      return;
    }
    res.set({ "content-type": object.contentType, "cache-control": IMMUTABLE_CACHE_CONTROL, "x-content-type-options": "nosniff" });
    if (object.etag) res.set("etag", object.etag);
    if (object.contentLength !== undefined) res.set("content-length", String(object.contentLength));
    if (req.fresh || req.method === "HEAD") {
      object.body.destroy();
      if (req.fresh) res.status(304);
      res.end();
      return;
    }
    pipeline(object.body, res, (error) => {
      if (error) req.log.warn({ err: error, key }, "media: streaming from the bucket stopped");
    });
  };
}
