import type { IncomingMessage } from "node:http";

/** The key a client sends: 16 random bytes in base64 (RFC 6455, section 4.1), as ws checks it. */
const KEY_PATTERN = /^[+/0-9A-Za-z]{22}==$/;
/** The protocol versions ws speaks. */
const VERSIONS = new Set(["8", "13"]);

/**
 * Whether an upgrade request is a WebSocket handshake that ws will accept. Checked before the document is
 * loaded: ws checks the same only when it takes the socket over, after the load (which, for a track nobody
 * opened yet, writes the document's empty structure).
 */
export function isWebSocketHandshake(request: IncomingMessage): boolean {
  const { upgrade, "sec-websocket-key": key, "sec-websocket-version": version } = request.headers;
  return (
    request.method === "GET" &&
    upgrade?.toLowerCase() === "websocket" &&
    KEY_PATTERN.test(key ?? "") &&
    VERSIONS.has(version ?? "")
  );
}
