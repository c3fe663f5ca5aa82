import type { IncomingMessage, Server } from "node:http";
import type { Duplex } from "node:stream";
import { type WebSocket, WebSocketServer } from "ws";
import { CloseCode, COLLAB_PATH } from "../../shared/collab-protocol";
import type { Logger } from "../logger";
import { CollabConnection } from "./collab-connection";
import type { DocumentRegistry } from "./document-registry";

/** Frames above this size are refused by ws and the socket closed (1009). */
const MAX_PAYLOAD_BYTES = 1024 * 1024;
/** A socket that did not answer a ping within one interval is dropped. */
const HEARTBEAT_INTERVAL_MS = 30_000;
/** On shutdown, how long a client may take to answer the close frame. */
const CLOSE_HANDSHAKE_TIMEOUT_MS = 2000;

export interface CollabEndpointOptions {
  registry: DocumentRegistry;
  logger: Logger;
  /** Whether a document of this name may be opened (a well-formed name of an existing track). */
  documentExists: (documentName: string) => boolean;
  /** In development Vite's HMR socket shares the port: upgrades outside our path are left alone. */
  leaveForeignUpgrades: boolean;
}

/**
 * The y-websocket endpoint at `/collab/<document name>`, on the same port as the app. Everything is
 * decided before the upgrade: a name that is not a document is refused with an HTTP status and nothing is
 * loaded or written; a document is loaded before the socket is handed over, so the first sync is answered
 * from its stored state.
 */
export function attachCollabEndpoint(server: Server, options: CollabEndpointOptions): { close(): Promise<void> } {
  const { registry, logger } = options;
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_PAYLOAD_BYTES });
  const alive = new WeakSet<object>();

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const documentName = documentNameOf(request.url ?? "");
    if (documentName === undefined) {
      if (!options.leaveForeignUpgrades) refuse(socket, 404, "Not Found");
      return;
    }
    if (documentName === null || !options.documentExists(documentName)) {
      refuse(socket, 404, "Not Found");
      return;
    }
    registry.open(documentName).then(
      (live) => {
        let handedOver = false;
        wss.handleUpgrade(request, socket, head, (ws) => {
          handedOver = true;
          alive.add(ws);
          ws.on("pong", () => alive.add(ws));
          new CollabConnection(ws, live, registry, logger);
        });
        // ws gives up without calling back on a bad handshake or a socket the client already closed.
        if (!handedOver) registry.release(live);
      },
      (error) => {
        logger.error({ err: error, document: documentName }, "document cannot be loaded; connection refused");
        wss.handleUpgrade(request, socket, head, (ws) => {
          ws.close(CloseCode.documentUnavailable, "Dokument kann nicht geladen werden.");
        });
      },
    );
  };
  server.on("upgrade", onUpgrade);

  const heartbeat = setInterval(() => {
    for (const ws of wss.clients) {
      if (!alive.has(ws)) {
        ws.terminate();
        continue;
      }
      alive.delete(ws);
      ws.ping();
    }
  }, HEARTBEAT_INTERVAL_MS);
  heartbeat.unref();

  return {
    /** Stops taking upgrades and waits (briefly) until every socket has finished its close handshake. */
    async close() {
      clearInterval(heartbeat);
      server.off("upgrade", onUpgrade);
      await Promise.all([...wss.clients].map(closed));
      wss.close();
    },
  };
}

/**
 * The document name in an upgrade URL: undefined when the URL is not under the collaboration path at all,
 * null when it is but does not name anything sensible (bad encoding, more path segments).
 */
function documentNameOf(url: string): string | null | undefined {
  let pathname: string;
  try {
    pathname = new URL(url, "http://localhost").pathname;
  } catch {
    return null;
  }
  if (!pathname.startsWith(`${COLLAB_PATH}/`)) return undefined;
  const encoded = pathname.slice(COLLAB_PATH.length + 1);
  if (encoded.includes("/")) return null;
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}

/** Resolves when the socket is closed; a peer that does not finish the close handshake in time is cut off. */
function closed(ws: WebSocket): Promise<void> {
  if (ws.readyState === ws.CLOSED) return Promise.resolve();
  return new Promise((resolve) => {
    const timeout = setTimeout(() => ws.terminate(), CLOSE_HANDSHAKE_TIMEOUT_MS);
    ws.once("close", () => {
      clearTimeout(timeout);
      resolve();
    });
  });
}

function refuse(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}
