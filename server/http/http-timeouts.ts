import type { ServerOptions } from "node:http";

/**
 * How long a client may take to send a request. Node's defaults (60 s for the headers, 5 min for the
 * whole request, checked every 30 s) let a slowloris client hold a connection for up to 90 s with a
 * header line now and then. A browser on congress Wi-Fi sends its headers (about a kilobyte) in well
 * under a second, and the largest form body is 64 KiB (request-guards.ts). A WebSocket leaves these limits
 * behind once upgraded. A request that runs over gets 408 and its connection is closed.
 */
export const HTTP_TIMEOUTS = {
  headersTimeout: 10_000,
  requestTimeout: 30_000,
  /** How often Node looks for connections over those limits; it only walks the list of open requests. */
  connectionsCheckingInterval: 1_000,
} as const satisfies ServerOptions;
