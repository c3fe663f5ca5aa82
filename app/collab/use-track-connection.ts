import { useEffect, useState, useSyncExternalStore } from "react";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { COLLAB_PATH } from "../../shared/collab-protocol";
import { type SaveState, SaveTracker } from "./save-tracker";

/** Name and colour shown at the cursor; the server replaces them with the session's anyway. */
export interface PresenceIdentity {
  name: string;
  color: string;
}

export interface TrackConnection {
  doc: Y.Doc;
  provider: WebsocketProvider;
  saveTracker: SaveTracker;
}

/**
 * Connects this browser to a track's live document for as long as the component is mounted. The document
 * starts empty and is filled only by the server's sync: the client never seeds content.
 */
export function useTrackConnection(documentName: string, identity: PresenceIdentity | null): TrackConnection | null {
  const [connection, setConnection] = useState<TrackConnection | null>(null);

  useEffect(() => {
    const doc = new Y.Doc();
    const scheme = window.location.protocol === "https:" ? "wss" : "ws";
    const provider = new WebsocketProvider(`${scheme}://${window.location.host}${COLLAB_PATH}`, documentName, doc);
    const saveTracker = new SaveTracker(doc, provider);
    setConnection({ doc, provider, saveTracker });
    return () => {
      saveTracker.destroy();
      provider.destroy();
      doc.destroy();
      setConnection(null);
    };
  }, [documentName]);

  useEffect(() => {
    if (!connection) return;
    // Observers show no presence at all (the server drops their awareness anyway).
    if (identity) connection.provider.awareness.setLocalStateField("user", { ...identity });
    else connection.provider.awareness.setLocalState(null);
  }, [connection, identity]);

  return connection;
}

export function useSaveState(saveTracker: SaveTracker): SaveState {
  return useSyncExternalStore(
    (listener) => saveTracker.subscribe(listener),
    () => saveTracker.state,
    () => "connecting",
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
