import { parseTrackDocumentName } from "../../shared/document-name";
import type { DocumentObserver } from "../collab/document-registry";
import type { Room } from "../collab/room";

/**
 * Remembers which track documents changed since their last history snapshot, so that the automatic
 * snapshot is taken only while a document changes. It is a document observer of the registry; the marks
 * outlive the unloading of a document (the next tick opens it again to take the snapshot).
 */
export class ChangedTracks implements DocumentObserver {
  private readonly changed = new Set<string>();

  attach(room: Room): () => void {
    const trackId = parseTrackDocumentName(room.name);
    if (!trackId) return () => {};
    // Attached after the empty structure of a new document is written: creating it is not a change.
    const onUpdate = () => this.changed.add(trackId);
    room.doc.on("update", onUpdate);
    return () => room.doc.off("update", onUpdate);
  }

  /** The tracks changed since the last call; their marks are cleared (a later change marks again). */
  take(): string[] {
    const tracks = [...this.changed];
    this.changed.clear();
    return tracks;
  }
}
