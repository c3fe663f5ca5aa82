/**
 * How generator processes connect to Fahrplan: with the session cookie and the app's own Origin, as a
 * browser does (the endpoint refuses anything else before the upgrade).
 */
import { WebSocket } from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { awarenessMessageFrame, emptySyncStep1Frame, isSyncStep2, syncUpdateFrame } from "../raw-frames";
import type { ConnectOptions, FullClient, RawClient } from "../target";

function headersOf(wsUrl: string, options: ConnectOptions): Record<string, string> {
  const origin = new URL(wsUrl.replace(/^ws/, "http")).origin;
  return { Cookie: options.credentials.cookie ?? "", Origin: origin };
}

export function connectRaw(wsUrl: string, options: ConnectOptions): RawClient {
  const ws = new WebSocket(`${wsUrl}/${options.document}`, { headers: headersOf(wsUrl, options) });
  const listeners: ((frame: Uint8Array) => void)[] = [];
  let markSynced: () => void = () => {};
  let failSync: (error: Error) => void = () => {};
  const synced = new Promise<void>((resolve, reject) => {
    markSynced = resolve;
    failSync = reject;
  });
  ws.on("open", () => ws.send(emptySyncStep1Frame()));
  ws.on("message", (data: Buffer) => {
    if (isSyncStep2(data)) markSynced();
    for (const listener of listeners) listener(data);
  });
  ws.on("error", (error) => failSync(error));
  ws.on("close", (code) => failSync(new Error(`closed with ${code} before sync`)));
  const send = (frame: Uint8Array) => {
    if (ws.readyState === ws.OPEN) ws.send(frame);
  };
  return {
    synced,
    sendUpdate: (update) => send(syncUpdateFrame(update)),
    sendAwareness: (update) => send(awarenessMessageFrame(update)),
    onFrame: (listener) => listeners.push(listener),
    onClose: (listener) => ws.on("close", (code) => listener(code)),
    destroy: () => ws.terminate(),
  };
}

export function connectFull(wsUrl: string, options: ConnectOptions): FullClient {
  const headers = headersOf(wsUrl, options);
  class BrowserLikeWebSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  }
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(wsUrl, options.document, doc, {
    WebSocketPolyfill: BrowserLikeWebSocket as unknown as typeof globalThis.WebSocket,
    // Node 20's BroadcastChannel would sync clients of one process past the server.
    disableBc: true,
  });
  const synced = new Promise<void>((resolve) => {
    if (provider.synced) resolve();
    else provider.once("sync", () => resolve());
  });
  return {
    doc,
    awareness: provider.awareness,
    synced,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}
