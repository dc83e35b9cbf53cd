// Security headers, with a fresh CSP nonce per request that Remix puts on its inline scripts.
import type { NextFunction, Request, Response } from "express";
import helmet from "helmet";
import { randomBytes } from "node:crypto";

export function cspNonce(_req: Request, res: Response, next: NextFunction) {
  res.locals.cspNonce = randomBytes(16).toString("base64");
  next();
}

export function securityHeaders(options: { isProduction: boolean; mediaOrigin?: string }) {
  return helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", (_req, res) => `'nonce-${(res as Response).locals.cspNonce}'`],
        styleSrc: ["'self'", "'unsafe-inline'"],
        // A CDN that serves the bucket (MEDIA_BASE_URL): /media redirects there.
        imgSrc: ["'self'", "data:", "blob:", ...(options.mediaOrigin ? [options.mediaOrigin] : [])],
        connectSrc: options.isProduction ? ["'self'"] : ["'self'", "ws://localhost:*"],
        frameAncestors: ["'none'"],
        formAction: ["'self'", "https://checkout.stripe.com"],
        upgradeInsecureRequests: options.isProduction ? [] : null,
      },
    },
    crossOriginEmbedderPolicy: false,
    // Helmet's default, no-referrer, makes Chromium send `Origin: null` on a plain form post, and
    // Remix refuses any action whose Origin differs from Host: every no-JS form would be a 500.
    referrerPolicy: { policy: "strict-origin-when-cross-origin" },
    hsts: options.isProduction,
  });
}
