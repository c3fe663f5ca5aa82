import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import type { WebsocketProvider } from "y-websocket";
import type * as Y from "yjs";
import { CloseCode, MessageType } from "../../shared/collab-protocol";

export type SaveState = "connecting" | "saving" | "saved" | "offline" | "unavailable";

/**
 * Knows whether this browser's changes are stored on the server. After local changes it asks the server
 * for a save confirmation; the server answers once everything the connection sent before the request is
 * committed (shared/collab-protocol.ts). One request is in flight at a time, so typing costs at most one
 * small frame per round trip. A confirmation never outlives its socket: after a reconnect the question is
 * asked again, behind the sync that re-sends what the server missed.
 */
export class SaveTracker {
  private localChanges = 0;
  private confirmedChanges = 0;
  private request: { nonce: number; changes: number } | null = null;
  private nextNonce = 1;
  private everConnected = false;
  private unavailable = false;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly doc: Y.Doc,
    private readonly provider: WebsocketProvider,
  ) {
    provider.messageHandlers[MessageType.saveConfirmation] = (_encoder, decoder) =>
      this.confirmed(decoding.readVarUint(decoder));
    doc.on("update", this.onDocUpdate);
    provider.on("sync", this.onSync);
    provider.on("status", this.onStatus);
    provider.on("connection-close", this.onConnectionClose);
  }

  get state(): SaveState {
    if (this.unavailable) return "unavailable";
    if (!this.provider.wsconnected) return this.everConnected ? "offline" : "connecting";
    if (!this.provider.synced) return "connecting";
    return this.hasUnsavedChanges ? "saving" : "saved";
  }

  get hasUnsavedChanges(): boolean {
    return this.localChanges > this.confirmedChanges;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  destroy(): void {
    this.doc.off("update", this.onDocUpdate);
    this.provider.off("sync", this.onSync);
    this.provider.off("status", this.onStatus);
    this.provider.off("connection-close", this.onConnectionClose);
    this.listeners.clear();
  }

  private readonly onDocUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin === this.provider) return; // arrived from the server: nothing of ours to store
    this.localChanges++;
    this.askForConfirmation();
    this.notify();
  };

  private readonly onSync = (synced: boolean) => {
    if (!synced) return;
    this.unavailable = false;
    this.askForConfirmation();
    this.notify();
  };

  private readonly onStatus = ({ status }: { status: string }) => {
    if (status === "connected") this.everConnected = true;
    if (status !== "connected") this.request = null;
    this.notify();
  };

  private readonly onConnectionClose = (event: CloseEvent | null) => {
    this.request = null;
    this.unavailable = event?.code === CloseCode.documentUnavailable;
    this.notify();
  };

  private askForConfirmation(): void {
    const ws = this.provider.ws;
    if (this.request || !this.hasUnsavedChanges || !this.provider.synced || !ws) return;
    const request = { nonce: this.nextNonce++, changes: this.localChanges };
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.saveConfirmation);
    encoding.writeVarUint(encoder, request.nonce);
    ws.send(encoding.toUint8Array(encoder));
    this.request = request;
  }

  private confirmed(nonce: number): void {
    if (this.request?.nonce !== nonce) return;
    this.confirmedChanges = Math.max(this.confirmedChanges, this.request.changes);
    this.request = null;
    this.askForConfirmation();
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
