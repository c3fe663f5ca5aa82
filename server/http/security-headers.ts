import type { NextFunction, Request, Response } from "express";

/**
 * Security headers on every response. The Content-Security-Policy allows only the app's own scripts and
 * the inline scripts React Router renders with this request's nonce; styles may be inline (the editor
 * positions cursors with style attributes). Nothing may be loaded from, or sent to, another host.
 * Responses are not cached unless a later handler (static assets) says otherwise, so pages of a logged-in
 * person never land in a shared cache.
 */
export function securityHeaders({ contentSecurityPolicy }: { contentSecurityPolicy: boolean }) {
  return (_req: Request, res: Response, next: NextFunction) => {
    if (contentSecurityPolicy) {
      res.setHeader(
        "Content-Security-Policy",
        [
          "default-src 'self'",
          `script-src 'self' 'nonce-${res.locals.cspNonce}'`,
          "style-src 'self' 'unsafe-inline'",
          "img-src 'self' data:",
          "font-src 'self'",
          "connect-src 'self'",
          "object-src 'none'",
          "base-uri 'none'",
          "form-action 'self'",
          "frame-ancestors 'none'",
        ].join("; "),
      );
    }
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "same-origin");
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    res.setHeader("Cache-Control", "no-store");
    next();
  };
}
