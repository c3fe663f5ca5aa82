import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import type { WebsocketProvider } from "y-websocket";
import type * as Y from "yjs";
import { CloseCode, MessageType } from "../../shared/collab-protocol";
import type { LocalCopy } from "./local-copy";
import { type SaveState, saveStateOf } from "./save-state";

export type { SaveState };

/** What the save line shows: the state and when the server last confirmed this browser's changes. */
export interface SaveSnapshot {
  state: SaveState;
  /** Milliseconds since the epoch of the last confirmation on this page; null before the first. */
  confirmedAt: number | null;
}

/**
 * Knows whether this browser's changes are stored on the server. After local changes it asks the server
 * for a save confirmation; the server answers once everything the connection sent before the request is
 * committed (shared/collab-protocol.ts). One request is in flight at a time, so typing costs at most one
 * small frame per round trip. A confirmation never outlives its socket: after a reconnect the question is
 * asked again, behind the sync that re-sends what the server missed. With a local copy (ADR 013) it also
 * knows whether unconfirmed changes are safe on this device while the server is out of reach.
 */
export class SaveTracker {
  private localChanges = 0;
  private confirmedChanges = 0;
  private request: { nonce: number; changes: number } | null = null;
  private nextNonce = 1;
  private everConnected = false;
  private unavailable = false;
  private rightsChanged = false;
  private confirmedAt: number | null = null;
  private current: SaveSnapshot = { state: "connecting", confirmedAt: null };
  private readonly listeners = new Set<() => void>();
  private readonly stopFollowingLocalCopy: () => void;

  constructor(
    private readonly doc: Y.Doc,
    private readonly provider: WebsocketProvider,
    private readonly localCopy: LocalCopy | null = null,
  ) {
    provider.messageHandlers[MessageType.saveConfirmation] = (_encoder, decoder) =>
      this.confirmed(decoding.readVarUint(decoder));
    doc.on("update", this.onDocUpdate);
    provider.on("sync", this.onSync);
    provider.on("status", this.onStatus);
    provider.on("connection-close", this.onConnectionClose);
    this.stopFollowingLocalCopy = localCopy?.subscribe(() => this.notify()) ?? (() => {});
    // Not in Node (the tests' clients use this class too): there is no browser network to follow.
    globalThis.addEventListener?.("online", this.onBrowserNetwork);
    globalThis.addEventListener?.("offline", this.onBrowserNetwork);
    this.current = { state: this.state, confirmedAt: null };
  }

  get state(): SaveState {
    return saveStateOf({
      connected: this.provider.wsconnected,
      synced: this.provider.synced,
      everConnected: this.everConnected,
      failedAttempts: this.provider.wsUnsuccessfulReconnects,
      unconfirmedChanges: this.hasUnsavedChanges,
      storedLocally: this.localCopy?.stored ?? false,
      unavailable: this.unavailable,
      rightsChanged: this.rightsChanged,
      browserOffline: globalThis.navigator?.onLine === false,
    });
  }

  /** The same object until something changes, as React's useSyncExternalStore requires. */
  get snapshot(): SaveSnapshot {
    return this.current;
  }

  get hasUnsavedChanges(): boolean {
    return this.localChanges > this.confirmedChanges;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  destroy(): void {
    this.stopFollowingLocalCopy();
    this.doc.off("update", this.onDocUpdate);
    this.provider.off("sync", this.onSync);
    this.provider.off("status", this.onStatus);
    this.provider.off("connection-close", this.onConnectionClose);
    globalThis.removeEventListener?.("online", this.onBrowserNetwork);
    globalThis.removeEventListener?.("offline", this.onBrowserNetwork);
    this.listeners.clear();
  }

  /** The browser's network changed: the state may say "offline" now, or no longer (save-state.ts). */
  private readonly onBrowserNetwork = () => this.notify();

  private readonly onDocUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin === this.provider) return; // arrived from the server: nothing of ours to store
    this.localChanges++;
    this.askForConfirmation();
    this.notify();
  };

  private readonly onSync = (synced: boolean) => {
    if (!synced) return;
    this.unavailable = false;
    // Nothing of ours outstanding: what the page shows is what the server has, as of now.
    if (!this.hasUnsavedChanges) this.confirmedAt = Date.now();
    this.askForConfirmation();
    this.notify();
  };

  private readonly onStatus = ({ status }: { status: string }) => {
    if (status === "connected") {
      this.everConnected = true;
      this.rightsChanged = false;
    }
    if (status !== "connected") this.request = null;
    this.notify();
  };

  private readonly onConnectionClose = (event: CloseEvent | null) => {
    this.request = null;
    this.unavailable = event?.code === CloseCode.documentUnavailable;
    this.rightsChanged = event?.code === CloseCode.accessChanged;
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
    this.confirmedAt = Date.now();
    this.request = null;
    this.askForConfirmation();
    this.notify();
  }

  private notify(): void {
    const state = this.state;
    if (state !== this.current.state || this.confirmedAt !== this.current.confirmedAt) {
      this.current = { state, confirmedAt: this.confirmedAt };
    }
    for (const listener of this.listeners) listener();
  }
}
