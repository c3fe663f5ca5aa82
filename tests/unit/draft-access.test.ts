import { describe, expect, it } from "vitest";
import {
  type AccountPrincipal,
  draftAccess,
  type ObserverPrincipal,
  type ParticipantPrincipal,
  type TrackRef,
  trackAccess,
} from "../../server/auth/principal";

/** Who may open a participant's private draft, and what private writing does to the shared document. */

const track: TrackRef = { id: "track-a", eventId: "event-1", phase: "collect", privateWriting: true };
const author: ParticipantPrincipal = {
  kind: "participant",
  sessionId: "s1",
  participantId: "p1",
  eventId: "event-1",
  displayName: "Paula",
  organisation: null,
  color: "#000000",
};
const otherParticipant: ParticipantPrincipal = { ...author, sessionId: "s2", participantId: "p2" };
const moderator: AccountPrincipal = {
  kind: "account",
  sessionId: "s3",
  userId: "u1",
  email: "m@example.org",
  displayName: "Maria",
  role: "moderator",
  moderatedEvents: [],
  moderatedTracks: [{ eventId: "event-1", trackId: "track-a" }],
};
const moderatorOfAnotherTrack: AccountPrincipal = {
  ...moderator,
  moderatedTracks: [{ eventId: "event-1", trackId: "track-b" }],
};
const admin: AccountPrincipal = { ...moderator, role: "admin", moderatedTracks: [] };
const observer: ObserverPrincipal = {
  kind: "observer",
  sessionId: "s4",
  observerLinkId: "o1",
  eventId: "event-1",
  trackId: null,
};

describe("draft access", () => {
  it.each([
    ["its author", author, "write"],
    ["another participant", otherParticipant, "none"],
    ["the track's moderator", moderator, "read"],
    ["an admin", admin, "read"],
    ["a moderator of another track of the event", moderatorOfAnotherTrack, "none"],
    ["an observer", observer, "none"],
    ["nobody", null, "none"],
  ] as const)("%s: %s", (_who, principal, expected) => {
    expect(draftAccess(principal, track, "p1")).toBe(expected);
  });

  it("its author only reads it once private writing is off or the track is closed", () => {
    expect(draftAccess(author, { ...track, privateWriting: false }, "p1")).toBe("read");
    expect(draftAccess(author, { ...track, phase: "closed" }, "p1")).toBe("read");
  });

  it("an author of another event has no access, even with a matching id", () => {
    expect(draftAccess({ ...author, eventId: "event-2" }, track, "p1")).toBe("none");
  });

  it("makes the shared document read-only for participants, not for its moderators", () => {
    expect(trackAccess(author, track)).toBe("read");
    expect(trackAccess(author, { ...track, privateWriting: false })).toBe("write");
    expect(trackAccess(moderator, track)).toBe("write");
  });
});
