import { timingSafeEqual } from "node:crypto";
import { type Request, Router } from "express";
import type { Metrics } from "../observability/metrics";

/**
 * `GET /metrics` for Prometheus. The figures are operational, not personal, but they are not for the
 * public either: with METRICS_TOKEN set, a scraper sends `Authorization: Bearer <token>`; without it, only
 * requests made on this machine directly (loopback, not through a reverse proxy) are answered.
 */
export function metricsRouter(metrics: Metrics, token: string | null): Router {
  const router = Router();
  router.use((_req, res, next) => {
    // Counted on every response, so that errors of the React Router app count as well.
    res.on("finish", () => metrics.httpResponse(res.statusCode));
    next();
  });
  router.get("/metrics", async (req, res) => {
    if (!(token ? hasToken(req, token) : isDirectLocalRequest(req))) {
      res.status(403).type("text/plain; charset=utf-8").send("Kein Zugriff auf die Messwerte.");
      return;
    }
    res
      .type(metrics.contentType)
      .set("Cache-Control", "no-store")
      .send(await metrics.text());
  });
  return router;
}

function hasToken(req: Request, token: string): boolean {
  const given = Buffer.from(req.get("authorization") ?? "");
  const expected = Buffer.from(`Bearer ${token}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function isDirectLocalRequest(req: Request): boolean {
  const address = req.socket.remoteAddress ?? "";
  const loopback = address === "::1" || address.startsWith("127.") || address.startsWith("::ffff:127.");
  return loopback && req.get("x-forwarded-for") === undefined && req.get("forwarded") === undefined;
}
