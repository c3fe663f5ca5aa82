import { eq } from "drizzle-orm";
import type { AppDatabase } from "../../db/client";
import { findTrackById } from "../../db/queries/tracks";
import { tracks } from "../../db/schema";
import { trackDocumentName } from "../../shared/document-name";
import { audit } from "../auth/audit";
import { actorOf, moderatesTrack, type Principal } from "../auth/principal";
import type { Connections } from "../collab/connections";
import type { DocumentRegistry } from "../collab/document-registry";
import type { Room } from "../collab/room";
import type { Logger } from "../logger";
import { sendTrackState } from "../track-phases/track-state";
import { authorOfDraft, type DraftOwner, listDrafts } from "./drafts";
import { type CopiedBlocks, copyDraftIntoTrack, removeCopiedFromDraft } from "./move-contributions";

export interface PrivateWritingOptions {
  db: AppDatabase;
  registry: DocumentRegistry;
  connections: Connections;
  logger: Logger;
}

export type PrivateWritingRefusal = "not-found" | "forbidden" | "not-collecting";

export type PrivateWritingResult<T> = { ok: true; value: T } | { ok: false; reason: PrivateWritingRefusal };

/** What a reveal did: how many drafts it looked at and how many contributions it made public. */
export interface RevealSummary {
  drafts: number;
  revealed: number;
}

/**
 * Private writing in a track (ADR 009): while it is on, participants write into drafts of their own and
 * the track's document is read-only for them; a moderator's reveal moves the drafts' problems and steps
 * into the track's document. Switching it off, or leaving the collect phase, reveals everything.
 * Every change of a document goes through the registry, so it is committed before anyone receives it and
 * the server's observers (author attribution, read model, history) see it like any other change.
 */
export class PrivateWriting {
  /** The reveal running per track: reveals of one track run one after the other, never interleaved. */
  private readonly running = new Map<string, Promise<RevealSummary>>();

  constructor(private readonly options: PrivateWritingOptions) {}

  /** Switches private writing on (collect phase only) or off (which reveals every draft). */
  async setEnabled(actor: Principal, trackId: string, enabled: boolean): Promise<PrivateWritingResult<boolean>> {
    const { db } = this.options;
    const track = findTrackById(db, trackId);
    if (!track) return { ok: false, reason: "not-found" };
    if (!moderatesTrack(actor, track)) return { ok: false, reason: "forbidden" };
    if (track.privateWriting === enabled) return { ok: true, value: false };
    if (!enabled) {
      await this.revealAll(trackId, actorOf(actor));
      return { ok: true, value: true };
    }
    if (track.phase !== "collect") return { ok: false, reason: "not-collecting" };
    this.storeSwitch(track, true, actorOf(actor));
    return { ok: true, value: true };
  }

  /**
   * A moderator's "Aufdecken": every draft's contributions into the track's document. No track state is
   * pushed: a reveal changes no page's data (private writing stays on, every draft stays listed), and the
   * moved blocks reach the open editors through the documents themselves.
   */
  async reveal(actor: Principal, trackId: string): Promise<PrivateWritingResult<RevealSummary>> {
    const track = findTrackById(this.options.db, trackId);
    if (!track) return { ok: false, reason: "not-found" };
    if (!moderatesTrack(actor, track)) return { ok: false, reason: "forbidden" };
    const summary = await this.revealDrafts(trackId);
    audit(this.options.db, this.options.logger, {
      action: "drafts_revealed",
      actor: actorOf(actor),
      eventId: track.eventId,
      details: { trackId, ...summary },
    });
    return { ok: true, value: summary };
  }

  /**
   * Ends private writing in a track and reveals everything: when a moderator switches it off, and when the
   * track leaves the collect phase (server/private-writing/reveal-on-phase-change.ts). Drafts become
   * read-only first (their sockets are closed and reconnect with the new rights), so nothing is typed into
   * them after the last reveal.
   */
  async revealAll(trackId: string, actor: string): Promise<RevealSummary> {
    const { db, logger } = this.options;
    const track = findTrackById(db, trackId);
    if (!track) return { drafts: 0, revealed: 0 };
    if (track.privateWriting) this.storeSwitch(track, false, actor);
    const summary = await this.revealDrafts(trackId);
    audit(db, logger, { action: "drafts_revealed", actor, eventId: track.eventId, details: { trackId, ...summary } });
    return summary;
  }

  /** The drafts of a track with their authors, for its moderators. */
  drafts(trackId: string): DraftOwner[] {
    return listDrafts(this.options.db, trackId);
  }

  /**
   * Stores the switch and makes it take effect on every open page of the track:
   * 1. the new track state goes to every subscribed connection (ADR 008), so the pages reload their data
   *    at once (the editor turns read-only or writable, the draft appears or goes);
   * 2. then the participants' sockets to the track's document and drafts are closed with 4511, so that
   *    they reconnect and are granted the new rights at the upgrade. The state frame is sent first: on the
   *    same socket it arrives before the close, so a participant's page learns of the switch without
   *    waiting for the reconnect (which would send the state again anyway).
   */
  private storeSwitch(track: { id: string; eventId: string }, enabled: boolean, actor: string): void {
    const { db, logger, connections } = this.options;
    db.update(tracks).set({ privateWriting: enabled }).where(eq(tracks.id, track.id)).run();
    sendTrackState(db, connections, track.id);
    const closedSockets = connections.closeWhere(
      (grant) => grant.trackId === track.id && grant.principal.kind === "participant",
    );
    audit(db, logger, {
      action: "private_writing_changed",
      actor,
      eventId: track.eventId,
      details: { trackId: track.id, enabled, closedSockets },
    });
  }

  private revealDrafts(trackId: string): Promise<RevealSummary> {
    const previous = this.running.get(trackId) ?? Promise.resolve();
    const next = previous.catch(() => {}).then(() => this.revealNow(trackId));
    this.running.set(trackId, next);
    const forget = () => {
      if (this.running.get(trackId) === next) this.running.delete(trackId);
    };
    next.then(forget, forget);
    return next;
  }

  /**
   * Copies every draft into the track's document in one server-side change, and only once that is
   * committed removes the copied blocks from the drafts: a failure in between leaves them in both places,
   * and the next reveal finds them in the track's document and does not copy them twice.
   */
  private async revealNow(trackId: string): Promise<RevealSummary> {
    const { logger } = this.options;
    const registry = this.options.registry;
    const drafts = await this.openDrafts(registry, listDrafts(this.options.db, trackId));
    try {
      const copies: CopiedBlocks[] = drafts.map(() => new Map());
      let revealed = 0;
      await registry.change(trackDocumentName(trackId), (track) => {
        drafts.forEach(({ owner, room }, index) => {
          revealed += copyDraftIntoTrack(room.doc, track, authorOfDraft(owner), copies[index] as CopiedBlocks);
        });
      });
      for (const [index, { room }] of drafts.entries()) {
        const copied = copies[index] as CopiedBlocks;
        if (copied.size > 0) await registry.change(room.name, (draft) => void removeCopiedFromDraft(draft, copied));
      }
      logger.info({ trackId, drafts: drafts.length, revealed }, "drafts revealed");
      return { drafts: drafts.length, revealed };
    } finally {
      for (const { room } of drafts) registry.release(room);
    }
  }

  /** Opens the drafts and holds them; one that cannot be read is left out (logged), the others go on. */
  private async openDrafts(registry: DocumentRegistry, owners: DraftOwner[]) {
    const opened = await Promise.allSettled(owners.map((owner) => registry.open(owner.documentName)));
    const drafts: { owner: DraftOwner; room: Room }[] = [];
    opened.forEach((result, index) => {
      const owner = owners[index] as DraftOwner;
      if (result.status === "fulfilled") drafts.push({ owner, room: result.value });
      else this.options.logger.error({ err: result.reason, document: owner.documentName }, "draft not revealed");
    });
    return drafts;
  }
}
