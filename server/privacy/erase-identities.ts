import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import * as Y from "yjs";
import type { AppDatabase } from "../../db/client";
import {
  auditLog,
  contributions,
  documentSnapshots,
  documentUpdates,
  participants,
  sessions,
  trackSnapshots,
  tracks,
} from "../../db/schema";
import { ContributionAttr, isContributionKind } from "../../shared/contribution-schema";
import { parseDraftDocumentName, parseTrackDocumentName } from "../../shared/document-name";
import { audit } from "../auth/audit";
import type { Connections } from "../collab/connections";
import type { DocumentRegistry } from "../collab/document-registry";
import type { Logger } from "../logger";

/**
 * After an event: what happens to the identities of its participants.
 * - `pseudonymise`: each name becomes "Teilnehmende 1", "Teilnehmende 2", … (in the order they joined), so
 *   that a reader still sees which contributions came from the same person; organisations stay (they are
 *   public bodies, and the Fahrplan may name them).
 * - `erase`: every name becomes "Teilnehmende", organisations are removed everywhere.
 */
export type ErasureMode = "pseudonymise" | "erase";

export interface ErasureResult {
  participants: number;
  documents: number;
  historySnapshots: number;
}

interface NewIdentity {
  name: string;
  organisation: string | null;
}

/**
 * Erases or pseudonymises the participants of one event everywhere Fahrplan keeps them, while the text
 * and the Fahrplan stay as they are: the participants table, the contributions read model, the author
 * attributes inside the track documents and private drafts (as a server change, then compacted, so the
 * replaced values leave the stored update log), the history snapshots, and old audit entries. Participants'
 * sessions end (the event is over). Finally the database is vacuumed and its WAL truncated, so that no
 * replaced name survives in a free page of the file.
 */
export class IdentityErasure {
  constructor(
    private readonly deps: {
      db: AppDatabase;
      registry: DocumentRegistry;
      connections: Connections;
      logger: Logger;
    },
  ) {}

  async run(eventId: string, mode: ErasureMode, actor: string): Promise<ErasureResult> {
    const { db } = this.deps;
    const people = db
      .select({ id: participants.id, organisation: participants.organisation })
      .from(participants)
      .where(eq(participants.eventId, eventId))
      .orderBy(asc(participants.createdAt), asc(participants.id))
      .all();
    const identities = new Map<string, NewIdentity>(
      people.map((person, index) => [
        person.id,
        mode === "pseudonymise"
          ? { name: `Teilnehmende ${index + 1}`, organisation: person.organisation }
          : { name: "Teilnehmende", organisation: null },
      ]),
    );

    this.endParticipantSessions(eventId);
    db.transaction((tx) => {
      for (const [id, identity] of identities) {
        tx.update(participants)
          .set({ displayName: identity.name, organisation: identity.organisation })
          .where(eq(participants.id, id))
          .run();
        tx.update(contributions)
          .set({ authorName: identity.name, authorOrganisation: identity.organisation })
          .where(and(eq(contributions.eventId, eventId), eq(contributions.authorId, id)))
          .run();
      }
      this.scrubAuditDetails(tx as unknown as AppDatabase, eventId);
    });

    const documents = this.eventDocuments(eventId);
    for (const name of documents) {
      await this.deps.registry.changeAndCompact(name, (doc) => rewriteAuthors(doc, identities));
    }
    const historySnapshots = this.rewriteHistory(eventId, identities);

    audit(db, this.deps.logger, {
      action: "identities_erased",
      actor,
      eventId,
      details: { mode, participants: identities.size, documents: documents.length },
    });
    // Replaced values must not linger in free pages or in the WAL.
    db.$client.exec("VACUUM");
    db.$client.pragma("wal_checkpoint(TRUNCATE)");
    return { participants: identities.size, documents: documents.length, historySnapshots };
  }

  private endParticipantSessions(eventId: string): void {
    const { db, connections } = this.deps;
    const ids = db.select({ id: participants.id }).from(participants).where(eq(participants.eventId, eventId)).all();
    if (ids.length > 0) {
      db.update(sessions)
        .set({ revokedAt: new Date() })
        .where(
          and(
            inArray(
              sessions.participantId,
              ids.map((row) => row.id),
            ),
            isNull(sessions.revokedAt),
          ),
        )
        .run();
    }
    connections.closeWhere((grant) => grant.eventId === eventId && grant.principal.kind === "participant");
  }

  /** Audit entries written before names were kept out of them (join) carry a name; drop it. */
  private scrubAuditDetails(db: AppDatabase, eventId: string): void {
    const entries = db.select().from(auditLog).where(eq(auditLog.eventId, eventId)).all();
    for (const entry of entries) {
      if (!("displayName" in entry.details) && !("organisation" in entry.details)) continue;
      const { displayName: _name, organisation: _organisation, ...rest } = entry.details;
      db.update(auditLog).set({ details: rest }).where(eq(auditLog.id, entry.id)).run();
    }
  }

  /** Every stored track document and private draft of the event's tracks. */
  private eventDocuments(eventId: string): string[] {
    const { db } = this.deps;
    const trackIds = new Set(
      db
        .select({ id: tracks.id })
        .from(tracks)
        .where(eq(tracks.eventId, eventId))
        .all()
        .map((row) => row.id),
    );
    const stored = new Set([
      ...db
        .selectDistinct({ name: documentUpdates.documentName })
        .from(documentUpdates)
        .all()
        .map((row) => row.name),
      ...db
        .select({ name: documentSnapshots.documentName })
        .from(documentSnapshots)
        .all()
        .map((row) => row.name),
    ]);
    return [...stored].filter((name) => {
      const trackId = parseTrackDocumentName(name) ?? parseDraftDocumentName(name)?.trackId ?? null;
      return trackId !== null && trackIds.has(trackId);
    });
  }

  /** History snapshots are frozen states; they are re-encoded with the new identities (GC drops the old). */
  private rewriteHistory(eventId: string, identities: Map<string, NewIdentity>): number {
    const { db } = this.deps;
    const rows = db
      .select({ id: trackSnapshots.id, state: trackSnapshots.state })
      .from(trackSnapshots)
      .innerJoin(tracks, eq(trackSnapshots.trackId, tracks.id))
      .where(eq(tracks.eventId, eventId))
      .all();
    for (const row of rows) {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, row.state);
      doc.transact(() => rewriteAuthors(doc, identities));
      db.update(trackSnapshots)
        .set({ state: Buffer.from(Y.encodeStateAsUpdate(doc)) })
        .where(eq(trackSnapshots.id, row.id))
        .run();
      doc.destroy();
    }
    return rows.length;
  }
}

/** Sets the author name and organisation of every contribution by a known participant. */
function rewriteAuthors(doc: Y.Doc, identities: Map<string, NewIdentity>): void {
  const visit = (node: Y.XmlElement | Y.XmlFragment) => {
    for (const child of node.toArray()) {
      if (!(child instanceof Y.XmlElement)) continue;
      const authorId = child.getAttribute(ContributionAttr.authorId);
      const identity = typeof authorId === "string" ? identities.get(authorId) : undefined;
      if (isContributionKind(child.nodeName) && identity) {
        child.setAttribute(ContributionAttr.authorName, identity.name);
        if (identity.organisation) child.setAttribute(ContributionAttr.authorOrganisation, identity.organisation);
        else child.removeAttribute(ContributionAttr.authorOrganisation);
      }
      visit(child);
    }
  };
  visit(doc.getXmlFragment("default"));
}
