import { randomUUID } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { vi } from "vitest";
import { openDatabase } from "../../db/client";
import { contributions } from "../../db/schema";
import { createObserverLink, observerPath } from "../../server/auth/observer-links";
import { CollabClient } from "./collab-client";
import { postForm, publishFassung } from "./http-session";
import { type Cast, createCast } from "./principals";

export const CRAWL_EVENT_SLUG = "thueringer-e-government-kongress-2018";

/** What the page crawl visits: a congress in full swing, with a session for each kind of visitor. */
export interface CrawlFixture {
  cast: Cast;
  /** A track of the congress with problems and steps, voting open. */
  trackPath: string;
  /** The problems and steps written into it. */
  texts: string[];
  /** An observer link's page (what a projector opens first). */
  observerPath: string;
  /** Another track, empty, with private writing on: participants get a draft, moderators see them all. */
  privateTrackPath: string;
}

const PROBLEM = "Anträge gibt es nur auf Papier.";
const STEP = "Online-Antragsstrecken landesweit bereitstellen.";
const SECOND_PROBLEM = "Die E-Akte fehlt in kleinen Kommunen.";

/**
 * Fills the running server's database with everything a page can show: a participant's problems and a
 * step in track A (written over the collaboration channel, as the editor does), voting opened by the
 * admin, private writing switched on in track B, and two published versions of the Fahrplan (so that the comparison page has something to
 * compare). Sessions come from the real join, login and observer-link forms (createCast).
 */
export async function prepareCrawl(baseUrl: string, databasePath: string): Promise<CrawlFixture> {
  const db = openDatabase(databasePath);
  try {
    const cast = await createCast(baseUrl, db);
    const link = createObserverLink(db, { eventId: cast.eventId, trackId: cast.trackA.id, label: "Beamer" });
    const writer = new CollabClient(baseUrl, cast.trackA.documentName, cast.cookies.participant, "Paula");
    await writer.whenSynced();
    const ids = { problem: randomUUID(), step: randomUUID(), second: randomUUID() };
    writer.addContribution("problem", ids.problem, PROBLEM);
    writer.addContribution("step", ids.step, STEP, { problemIds: JSON.stringify([ids.problem]) });
    writer.addContribution("problem", ids.second, SECOND_PROBLEM);
    // The read model follows the document in the server process; it has no event to wait on from here.
    const recorded = () =>
      db
        .select({ id: contributions.id })
        .from(contributions)
        .where(and(eq(contributions.trackId, cast.trackA.id), isNull(contributions.deletedAt)))
        .all().length;
    await vi.waitFor(() => {
      if (recorded() !== 3) throw new Error("the contributions are not in the read model yet");
    }, 15_000);
    writer.destroy();

    const votes = await postForm(
      baseUrl,
      `${cast.trackA.path}/votes`,
      { intent: "settings", budget: "5", maxPerItem: "2", open: "on" },
      { cookie: cast.cookies.admin },
    );
    if (votes.status !== 200) throw new Error(`opening the voting failed: ${votes.status}`);
    const privateWriting = await postForm(
      baseUrl,
      `${cast.trackB.path}/private-writing`,
      { intent: "settings", enabled: "on" },
      { cookie: cast.cookies.admin },
    );
    if (privateWriting.status >= 400) throw new Error(`private writing refused: ${privateWriting.status}`);

    await adopt(baseUrl, cast, [ids.problem, ids.step]);
    await publish(baseUrl, cast);
    await adopt(baseUrl, cast, [ids.second]);
    await publish(baseUrl, cast);

    return {
      cast,
      trackPath: cast.trackA.path,
      texts: [PROBLEM, STEP, SECOND_PROBLEM],
      observerPath: observerPath(link.token),
      privateTrackPath: cast.trackB.path,
    };
  } finally {
    db.$client.close();
  }
}

/**
 * Adopts contributions as one entry through the board's form, as a moderator does. (Over HTTP rather
 * than on this process's own connection: a write from here could collide with the server's.)
 */
async function adopt(baseUrl: string, cast: Cast, contributionIds: string[]): Promise<void> {
  const body = new URLSearchParams([["intent", "adopt"], ...contributionIds.map((id) => ["contributionIds", id])]);
  const response = await fetch(`${baseUrl}/moderation/board?event=${encodeURIComponent(cast.eventId)}`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: baseUrl, Cookie: cast.cookies.admin },
    body,
  });
  if (response.status !== 200) throw new Error(`adopting contributions failed: ${response.status}`);
}

async function publish(baseUrl: string, cast: Cast): Promise<void> {
  const response = await publishFassung(baseUrl, cast.eventId, cast.cookies.admin);
  if (response.status !== 302) throw new Error(`publishing failed: ${response.status}`);
}
