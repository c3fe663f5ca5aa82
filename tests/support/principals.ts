import type { AppDatabase } from "../../db/client";
import { listEventsWithTracks } from "../../db/queries/tracks";
import { moderatorAssignments } from "../../db/schema";
import { createAccount } from "../../server/auth/accounts";
import { currentJoinCode } from "../../server/auth/join-codes";
import { createObserverLink } from "../../server/auth/observer-links";
import { cookiesFrom, joinEvent, logIn, postForm, TEST_ADMIN } from "./http-session";
import { insertOtherEvent } from "./other-event";

/**
 * Everyone the authorisation rules distinguish, each with a real session obtained over HTTP (join form,
 * login form, observer link), on a server whose database holds the seeded congress plus a second event.
 */
export interface Cast {
  eventId: string;
  trackA: { id: string; documentName: string; path: string };
  trackB: { id: string; documentName: string; path: string };
  otherEventId: string;
  cookies: Record<Role, string>;
}

export const ROLES = [
  "anonymous",
  "participant",
  "participantOfOtherEvent",
  "observer",
  "moderatorOfTrackA",
  "eventModerator",
  "admin",
] as const;
export type Role = (typeof ROLES)[number];

const PASSWORD = "moderations-passwort-lang";

export async function createCast(baseUrl: string, db: AppDatabase): Promise<Cast> {
  const [congress] = listEventsWithTracks(db).filter((event) => event.slug.includes("2018"));
  const [a, b] = congress?.tracks ?? [];
  if (!congress || !a || !b) throw new Error("seeded congress missing");
  const otherEventId = insertOtherEvent(db).eventId;

  const moderator = await account(db, "moderation-a@fahrplan.test", congress.id, a.id);
  const eventModerator = await account(db, "moderation@fahrplan.test", congress.id, null);
  const link = createObserverLink(db, { eventId: congress.id, trackId: null, label: "Beamer" });
  const observer = await postForm(baseUrl, `/observe/${link.token}`, {});

  const path = (track: { slug: string }) => `/events/${congress.slug}/tracks/${track.slug}`;
  return {
    eventId: congress.id,
    trackA: { id: a.id, documentName: a.documentName, path: path(a) },
    trackB: { id: b.id, documentName: b.documentName, path: path(b) },
    otherEventId,
    cookies: {
      anonymous: "",
      participant: await joinEvent(baseUrl, "Paula Teilnehmerin", { organisation: "Stadt Erfurt" }),
      participantOfOtherEvent: await joinEvent(baseUrl, "Otto Anderswo", {
        code: currentJoinCode(db, otherEventId) ?? "",
      }),
      observer: cookiesFrom(observer),
      moderatorOfTrackA: await logIn(baseUrl, moderator, PASSWORD),
      eventModerator: await logIn(baseUrl, eventModerator, PASSWORD),
      admin: await logIn(baseUrl, TEST_ADMIN.email, TEST_ADMIN.password),
    },
  };
}

async function account(db: AppDatabase, email: string, eventId: string, trackId: string | null): Promise<string> {
  const user = await createAccount(db, {
    email,
    displayName: email.split("@")[0] ?? email,
    password: PASSWORD,
    role: "moderator",
  });
  db.insert(moderatorAssignments).values({ userId: user.id, eventId, trackId }).run();
  return email;
}
