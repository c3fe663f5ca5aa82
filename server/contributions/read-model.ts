import { EventEmitter } from "node:events";
import { eq, inArray } from "drizzle-orm";
import type { AppDatabase } from "../../db/client";
import { findTrackById } from "../../db/queries/tracks";
import { contributions, contributionVersions, stepProblemLinks } from "../../db/schema";
import { parseTrackDocumentName } from "../../shared/document-name";
import type { DocumentObserver } from "../collab/document-registry";
import type { Room } from "../collab/room";
import type { Logger } from "../logger";
import type { Author } from "./authors";
import { type ExtractedContribution, extractContributions } from "./extract";

export interface ReadModelOptions {
  /** Quiet time after the last change before the document is read again. */
  debounceMs?: number;
  /** The longest a change waits, however busy the document is. */
  maxWaitMs?: number;
}

type Transaction = Parameters<Parameters<AppDatabase["transaction"]>[0]>[0];

/**
 * Keeps the `contributions` tables in step with the track documents (ADR 006). After a document changes it
 * waits for a quiet moment (debounce, bounded by a maximum wait), reads all problems and steps from the
 * Y.Doc and writes the differences in one transaction: new and changed blocks, their text history, the
 * links of steps to problems, the search index; blocks gone from the document are marked deleted, never
 * removed. Emits `changed` with the track id after each write.
 */
export class ContributionReadModel extends EventEmitter<{ changed: [trackId: string] }> implements DocumentObserver {
  private readonly debounceMs: number;
  private readonly maxWaitMs: number;

  constructor(
    private readonly db: AppDatabase,
    private readonly logger: Logger,
    options: ReadModelOptions = {},
  ) {
    super();
    this.debounceMs = options.debounceMs ?? 300;
    this.maxWaitMs = options.maxWaitMs ?? 2000;
  }

  /** The author the read model has for a contribution, for attribution of moved blocks. */
  knownAuthor = (contributionId: string): Author | null => {
    const row = this.db
      .select({
        id: contributions.authorId,
        name: contributions.authorName,
        organisation: contributions.authorOrganisation,
      })
      .from(contributions)
      .where(eq(contributions.id, contributionId))
      .get();
    return row?.id && row.name ? { id: row.id, name: row.name, organisation: row.organisation || null } : null;
  };

  attach(room: Room): () => void {
    const trackId = parseTrackDocumentName(room.name);
    const track = trackId ? findTrackById(this.db, trackId) : null;
    if (!track) return () => {};
    let debounce: NodeJS.Timeout | null = null;
    let maxWait: NodeJS.Timeout | null = null;
    const sync = () => {
      if (debounce) clearTimeout(debounce);
      if (maxWait) clearTimeout(maxWait);
      debounce = maxWait = null;
      try {
        this.write(track.id, track.eventId, extractContributions(room.doc));
      } catch (error) {
        // The document is stored regardless; the next change or load brings the read model up to date.
        this.logger.error({ err: error, trackId: track.id }, "updating the read model failed");
      }
    };
    const onUpdate = () => {
      if (debounce) clearTimeout(debounce);
      debounce = setTimeout(sync, this.debounceMs);
      maxWait ??= setTimeout(sync, this.maxWaitMs);
    };
    room.doc.on("update", onUpdate);
    sync(); // a document loaded after a restart may hold changes the read model missed
    return () => {
      room.doc.off("update", onUpdate);
      if (debounce || maxWait) sync();
    };
  }

  /** Writes the differences between the document's blocks and the stored rows of the track. */
  write(trackId: string, eventId: string, current: ExtractedContribution[], now = new Date()): void {
    let changed = false;
    this.db.transaction((tx) => {
      const stored = new Map(
        tx
          .select()
          .from(contributions)
          .where(eq(contributions.trackId, trackId))
          .all()
          .map((row) => [row.id, row]),
      );
      for (const block of current) {
        const row = stored.get(block.id);
        stored.delete(block.id);
        if (!row && this.belongsToAnotherTrack(tx, block.id)) continue; // an id copied from elsewhere
        changed = upsert(tx, trackId, eventId, block, row ?? null, now) || changed;
      }
      for (const gone of stored.values()) {
        if (gone.deletedAt) continue;
        tx.update(contributions).set({ deletedAt: now, updatedAt: now }).where(eq(contributions.id, gone.id)).run();
        changed = true;
      }
      replaceLinks(tx, current);
    });
    if (changed) this.emit("changed", trackId);
  }

  private belongsToAnotherTrack(tx: Transaction, id: string): boolean {
    return tx.select({ id: contributions.id }).from(contributions).where(eq(contributions.id, id)).get() !== undefined;
  }
}

/** Inserts or updates one contribution; returns whether anything changed. */
function upsert(
  tx: Transaction,
  trackId: string,
  eventId: string,
  block: ExtractedContribution,
  row: typeof contributions.$inferSelect | null,
  now: Date,
): boolean {
  const fields = {
    kind: block.kind,
    text: block.text,
    authorId: block.authorId,
    authorName: block.authorName,
    authorOrganisation: block.authorOrganisation,
    position: block.position,
    deletedAt: null,
  };
  if (!row) {
    tx.insert(contributions)
      .values({ id: block.id, trackId, eventId, ...fields, updatedAt: now })
      .run();
  } else {
    const same = (Object.keys(fields) as (keyof typeof fields)[]).every((key) => row[key] === fields[key]);
    if (same) return false;
    tx.update(contributions)
      .set({ ...fields, updatedAt: now })
      .where(eq(contributions.id, block.id))
      .run();
  }
  if (!row || row.text !== block.text) {
    tx.insert(contributionVersions).values({ contributionId: block.id, text: block.text, recordedAt: now }).run();
  }
  return true;
}

function replaceLinks(tx: Transaction, current: ExtractedContribution[]): void {
  const steps = current.filter((block) => block.kind === "step");
  if (steps.length === 0) return;
  tx.delete(stepProblemLinks)
    .where(
      inArray(
        stepProblemLinks.stepId,
        steps.map((step) => step.id),
      ),
    )
    .run();
  for (const step of steps) {
    for (const problemId of new Set(step.problemIds)) {
      tx.insert(stepProblemLinks).values({ stepId: step.id, problemId }).onConflictDoNothing().run();
    }
  }
}
