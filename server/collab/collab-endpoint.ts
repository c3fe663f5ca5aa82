import { type IncomingMessage, type Server, STATUS_CODES } from "node:http";
import type { Duplex } from "node:stream";
import { type WebSocket, WebSocketServer } from "ws";
import { CloseCode } from "../../shared/collab-protocol";
import type { Logger } from "../logger";
import type { UpgradeDecision } from "./authorize-upgrade";
import { CollabConnection } from "./collab-connection";
import type { DocumentRegistry } from "./document-registry";
import { isWebSocketHandshake } from "./websocket-handshake";

/** Frames above this size are refused by ws and the socket closed (1009). */
const MAX_PAYLOAD_BYTES = 1024 * 1024;
/** A socket that did not answer a ping within one interval is dropped (so within two intervals of dying). */
const HEARTBEAT_INTERVAL_MS = 30_000;
/** On shutdown, how long a client may take to answer the close frame. */
const CLOSE_HANDSHAKE_TIMEOUT_MS = 2000;

export interface CollabEndpointOptions {
  registry: DocumentRegistry;
  logger: Logger;
  /** The current state frame of a track, sent to a connection that follows it (ADR 008). */
  trackStateFrame: (trackId: string) => Uint8Array | null;
  /** Decides an upgrade (server/collab/authorize-upgrade.ts); undefined for URLs outside our path. */
  authorize: (request: IncomingMessage) => UpgradeDecision | undefined;
  /** In development Vite's HMR socket shares the port: upgrades outside our path are left alone. */
  leaveForeignUpgrades: boolean;
  /** How often every socket is pinged; 30 s unless a test wants dead sockets found sooner. */
  heartbeatIntervalMs?: number;
}

/**
 * The y-websocket endpoint at `/collab/<document name>`, on the same port as the app. Everything is
 * decided before the upgrade: who may connect with which rights, and whether the name is a document at
 * all. A refused upgrade gets an HTTP status and nothing is loaded or written. A document is loaded before
 * the socket is handed over, so the first sync is answered from its stored state.
 */
export function attachCollabEndpoint(server: Server, options: CollabEndpointOptions): { close(): Promise<void> } {
  const { registry, logger, trackStateFrame } = options;
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_PAYLOAD_BYTES });
  const alive = new WeakSet<object>();

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const decision = options.authorize(request);
    if (decision === undefined) {
      if (!options.leaveForeignUpgrades) refuse(socket, 404);
      return;
    }
    if (!decision.ok) {
      logger.info({ status: decision.status, reason: decision.reason }, "collaboration upgrade refused");
      refuse(socket, decision.status);
      return;
    }
    if (!isWebSocketHandshake(request)) {
      refuse(socket, 400);
      return;
    }
    const { documentName, grant, identity } = decision;
    registry.open(documentName).then(
      (room) => {
        let handedOver = false;
        wss.handleUpgrade(request, socket, head, (ws) => {
          handedOver = true;
          alive.add(ws);
          ws.on("pong", () => alive.add(ws));
          new CollabConnection(ws, { room, registry, logger, grant, identity, trackStateFrame });
        });
        // ws gives up without calling back on a bad handshake or a socket the client already closed.
        if (!handedOver) registry.release(room);
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
  }, options.heartbeatIntervalMs ?? HEARTBEAT_INTERVAL_MS);
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

function refuse(socket: Duplex, status: number): void {
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ""}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}
