import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { COLLAB_PATH } from "../../shared/collab-protocol";
import { followBrowserNetwork } from "./follow-browser-network";
import { LocalCopy, localCopyName } from "./local-copy";
import { type SaveSnapshot, SaveTracker } from "./save-tracker";
import { followTrackState } from "./track-state-channel";

/** Name and colour shown at the cursor; the server replaces them with the session's anyway. */
export interface PresenceIdentity {
  name: string;
  color: string;
}

export interface TrackConnection {
  doc: Y.Doc;
  provider: WebsocketProvider;
  saveTracker: SaveTracker;
  /** This browser's copy of the document in IndexedDB; null for people who only read. */
  localCopy: LocalCopy | null;
}

/**
 * Connects this browser to a track's live document for as long as the component is mounted. The document
 * starts empty and is filled by the server's sync, and, for people who write, first by their local copy
 * (ADR 013): a copy holds only updates that came from the server or were typed on top of its state, so
 * the merge never doubles anything. The client never creates content of its own accord.
 *
 * `localCopyOwner` is the participant's or account's id when this person may write; the copy is kept per
 * owner and document. Without it (observers, read-only pages) nothing is stored in the browser.
 */
export function useTrackConnection(
  documentName: string,
  identity: PresenceIdentity | null,
  localCopyOwner: string | null = null,
): TrackConnection | null {
  const [connection, setConnection] = useState<TrackConnection | null>(null);

  useEffect(() => {
    const doc = new Y.Doc();
    // The local copy is opened before the socket, so that a page reloaded during an outage shows it.
    const localCopy = localCopyOwner ? new LocalCopy(localCopyName(localCopyOwner, documentName), doc) : null;
    const scheme = window.location.protocol === "https:" ? "wss" : "ws";
    const provider = new WebsocketProvider(`${scheme}://${window.location.host}${COLLAB_PATH}`, documentName, doc);
    const saveTracker = new SaveTracker(doc, provider, localCopy);
    // Phase and timer come over the same socket, so that every open page of the track shows them at once.
    const stopFollowingTrackState = followTrackState(provider, documentName);
    const stopFollowingNetwork = followBrowserNetwork(provider);
    setConnection({ doc, provider, saveTracker, localCopy });
    return () => {
      stopFollowingNetwork();
      stopFollowingTrackState();
      saveTracker.destroy();
      provider.destroy();
      localCopy?.destroy();
      doc.destroy();
      setConnection(null);
    };
  }, [documentName, localCopyOwner]);

  useEffect(() => {
    if (!connection) return;
    // Observers show no presence at all (the server drops their awareness anyway).
    if (identity) connection.provider.awareness.setLocalStateField("user", { ...identity });
    else connection.provider.awareness.setLocalState(null);
  }, [connection, identity]);

  return connection;
}

const BEFORE_CONNECTING: SaveSnapshot = { state: "connecting", confirmedAt: null };

export function useSaveState(saveTracker: SaveTracker): SaveSnapshot {
  return useSyncExternalStore(
    (listener) => saveTracker.subscribe(listener),
    () => saveTracker.snapshot,
    () => BEFORE_CONNECTING,
  );
}

/**
 * Whether there is a document to show: the server's (after the first sync) or the local copy of it. Until
 * then the page shows no editor, because typing into an empty document would create a structure of the
 * browser's own that the server's would then be merged with. Once true, it stays true for the connection.
 */
export function useHasDocumentContent(connection: TrackConnection): boolean {
  const { doc, provider } = connection;
  const seen = useRef<TrackConnection | null>(null);
  return useSyncExternalStore(
    (listener) => {
      doc.on("update", listener);
      provider.on("sync", listener);
      return () => {
        doc.off("update", listener);
        provider.off("sync", listener);
      };
    },
    () => {
      if (provider.synced || doc.store.clients.size > 0) seen.current = connection;
      return seen.current === connection;
    },
    () => false,
  );
}

/** Asks before the page is left while changes are not yet confirmed by the server. */
export function useWarnBeforeUnload(saveTracker: SaveTracker): void {
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (saveTracker.hasUnsavedChanges) event.preventDefault();
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [saveTracker]);
}
