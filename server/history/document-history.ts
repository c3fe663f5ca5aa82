import { EventEmitter } from "node:events";
import * as Y from "yjs";
import type { AppDatabase } from "../../db/client";
import type { SnapshotKind } from "../../db/schema";
import { trackDocumentName } from "../../shared/document-name";
import type { DocumentRegistry } from "../collab/document-registry";
import type { Logger } from "../logger";
import type { ChangedTracks } from "./changed-tracks";
import { documentText, type RenderedBlock, renderDocument } from "./render-document";
import { replaceContent } from "./restore-content";
import {
  findSnapshot,
  insertSnapshot,
  latestSnapshotText,
  type SnapshotSummary,
  thinAutoSnapshots,
} from "./snapshot-store";

/** Who takes a snapshot or restores one: the audit key and the name shown in the list. */
export interface HistoryActor {
  key: string;
  name: string | null;
}

export const SYSTEM_ACTOR: HistoryActor = { key: "system", name: null };

export interface HistoryOptions {
  db: AppDatabase;
  registry: DocumentRegistry;
  changedTracks: ChangedTracks;
  logger: Logger;
  /** How often changed documents get an automatic snapshot; 5 minutes unless a test says otherwise. */
  autoIntervalMs?: number;
  now?: () => Date;
}

export type RestoreResult = { ok: true; beforeRestore: SnapshotSummary } | { ok: false; reason: "not-found" };

/**
 * The history of the track documents (ADR 011): snapshots taken automatically while a document changes,
 * at each phase change and by hand; a restore applies a snapshot's content as a new change through the
 * registry, after saving the state before it, so that the restore can itself be undone. Emits `taken`
 * after each snapshot taken through `takeSnapshot`.
 */
export class DocumentHistory extends EventEmitter<{ taken: [trackId: string, snapshot: SnapshotSummary] }> {
  private readonly db: AppDatabase;
  private readonly registry: DocumentRegistry;
  private readonly changedTracks: ChangedTracks;
  private readonly logger: Logger;
  private readonly autoIntervalMs: number;
  private readonly now: () => Date;
  private timer: NodeJS.Timeout | null = null;

  constructor(options: HistoryOptions) {
    super();
    this.db = options.db;
    this.registry = options.registry;
    this.changedTracks = options.changedTracks;
    this.logger = options.logger;
    this.autoIntervalMs = options.autoIntervalMs ?? 5 * 60_000;
    this.now = options.now ?? (() => new Date());
  }

  start(): void {
    this.timer ??= setInterval(() => void this.tick(), this.autoIntervalMs);
    this.timer.unref(); // the history never keeps the process alive on its own
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Takes an automatic snapshot of every track document changed since the last tick; returns how many. */
  async tick(): Promise<number> {
    let taken = 0;
    for (const trackId of this.changedTracks.take()) {
      try {
        if (await this.takeSnapshot(trackId, { kind: "auto", actor: SYSTEM_ACTOR, skipUnchanged: true })) taken++;
        thinAutoSnapshots(this.db, trackId, this.now());
      } catch (error) {
        // A document that cannot be opened now is tried again at its next change.
        this.logger.error({ err: error, trackId }, "automatic history snapshot failed");
      }
    }
    return taken;
  }

  /**
   * Freezes the track document's current content. With `skipUnchanged`, nothing is stored when the text
   * equals the newest snapshot's (then null is returned). The phase feature calls this with kind "phase".
   */
  async takeSnapshot(
    trackId: string,
    options: { name?: string | null; kind: SnapshotKind; actor: HistoryActor; skipUnchanged?: boolean },
  ): Promise<SnapshotSummary | null> {
    const room = await this.registry.open(trackDocumentName(trackId));
    try {
      // Only what is stored goes into the history: a snapshot never holds an update the log lost.
      await this.registry.whenStored(room);
      // Structs waiting for missing dependencies are not content yet; a snapshot is taken at the next try.
      if (room.doc.store.pendingStructs || room.doc.store.pendingDs) throw new DocumentUnsettledError(trackId);
      const state = Y.encodeStateAsUpdate(room.doc);
      const text = documentText(renderDocument(room.doc));
      if (options.skipUnchanged && latestSnapshotText(this.db, trackId) === text) return null;
      const snapshot = insertSnapshot(this.db, {
        trackId,
        name: options.name ?? null,
        kind: options.kind,
        createdBy: options.actor.key,
        createdByName: options.actor.name,
        state,
        text,
        createdAt: this.now(),
      });
      this.emit("taken", trackId, snapshot);
      return snapshot;
    } finally {
      this.registry.release(room);
    }
  }

  /** The live content of a track document, rendered as the snapshots are (for "compare with now"). */
  async currentContent(trackId: string): Promise<RenderedBlock[]> {
    const room = await this.registry.open(trackDocumentName(trackId));
    try {
      return renderDocument(room.doc);
    } finally {
      this.registry.release(room);
    }
  }

  /**
   * Makes the document's content equal to the snapshot's, as a new change that is committed and relayed
   * like any other. The state just before is saved first (kind "before-restore"), in the same turn as the
   * change, so that no client update can fall between the two; restoring that one undoes the restore.
   */
  async restore(trackId: string, snapshotId: number, actor: HistoryActor): Promise<RestoreResult> {
    const snapshot = findSnapshot(this.db, trackId, snapshotId);
    if (!snapshot) return { ok: false, reason: "not-found" };
    let beforeRestore: SnapshotSummary | null = null;
    await this.registry.change(trackDocumentName(trackId), (doc) => {
      beforeRestore = insertSnapshot(this.db, {
        trackId,
        name: null,
        kind: "before-restore",
        createdBy: actor.key,
        createdByName: actor.name,
        state: Y.encodeStateAsUpdate(doc),
        text: documentText(renderDocument(doc)),
        createdAt: this.now(),
      });
      replaceContent(doc, snapshot.state);
    });
    this.logger.info({ trackId, snapshotId, actor: actor.key }, "track document restored from history");
    if (!beforeRestore) throw new Error("the restore ran without its before-restore snapshot");
    return { ok: true, beforeRestore };
  }
}

/** The document holds updates whose dependencies have not arrived; it is not snapshotted in that state. */
export class DocumentUnsettledError extends Error {
  constructor(readonly trackId: string) {
    super(`The document of track ${trackId} waits for missing updates`);
    this.name = "DocumentUnsettledError";
  }
}
