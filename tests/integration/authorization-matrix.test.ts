import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Cast, createCast, ROLES, type Role } from "../support/principals";
import { openCollabSocket } from "../support/raw-socket";
import { startTestServer } from "../support/test-server";

let server: Awaited<ReturnType<typeof startTestServer>>;
let cast: Cast;

beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server.url, server.db);
});

afterAll(async () => {
  await server.cleanUp();
});

/**
 * Who may do what. Upgrades: 101 with the access shown, or the refusing HTTP status. Pages: the status of
 * a GET (302 = sent to the login or join page).
 */
const expected: Record<
  Role,
  { trackA: string; trackB: string; trackPageA: number; moderation: number; admin: number; api: number }
> = {
  anonymous: { trackA: "401", trackB: "401", trackPageA: 302, moderation: 302, admin: 302, api: 401 },
  participant: { trackA: "write", trackB: "write", trackPageA: 200, moderation: 403, admin: 403, api: 200 },
  participantOfOtherEvent: { trackA: "403", trackB: "403", trackPageA: 403, moderation: 403, admin: 403, api: 200 },
  observer: { trackA: "read", trackB: "read", trackPageA: 200, moderation: 403, admin: 403, api: 200 },
  moderatorOfTrackA: { trackA: "write", trackB: "read", trackPageA: 200, moderation: 200, admin: 403, api: 200 },
  eventModerator: { trackA: "write", trackB: "write", trackPageA: 200, moderation: 200, admin: 403, api: 200 },
  admin: { trackA: "write", trackB: "write", trackPageA: 200, moderation: 200, admin: 200, api: 200 },
};

async function get(path: string, cookie: string): Promise<number> {
  const response = await fetch(`${server.url}${path}`, {
    headers: cookie ? { Cookie: cookie } : {},
    redirect: "manual",
  });
  return response.status;
}

/** 101 upgrades are reported as the access the API states for that track; refusals as their status. */
async function collabAccess(role: Role, track: { id: string; documentName: string }): Promise<string> {
  const cookie = cast.cookies[role];
  const { status, ws } = await openCollabSocket(server.url, track.documentName, { cookie });
  ws?.close();
  if (status !== 101) return String(status);
  const response = await fetch(`${server.url}/api/tracks`, { headers: { Cookie: cookie } });
  const { tracks } = (await response.json()) as { tracks: { id: string; access: string }[] };
  return tracks.find((each) => each.id === track.id)?.access ?? "upgraded without API access";
}

describe("the authorisation matrix", () => {
  it.each(ROLES)("%s", async (role) => {
    const cookie = cast.cookies[role];
    const actual = {
      trackA: await collabAccess(role, cast.trackA),
      trackB: await collabAccess(role, cast.trackB),
      trackPageA: await get(cast.trackA.path, cookie),
      moderation: await get("/moderation", cookie),
      admin: await get("/admin", cookie),
      api: await get("/api/tracks", cookie),
    };
    expect(actual).toEqual(expected[role]);
  });

  it("lists in /api/tracks only the tracks the caller may open", async () => {
    const response = await fetch(`${server.url}/api/tracks`, {
      headers: { Cookie: cast.cookies.participantOfOtherEvent },
    });
    const { tracks } = (await response.json()) as { tracks: { id: string }[] };
    expect(tracks.map((track) => track.id)).not.toContain(cast.trackA.id);
    expect(tracks).toHaveLength(1);
  });

  it("refuses the administration's actions to everyone but admins", async () => {
    for (const role of ROLES.filter((each) => each !== "admin")) {
      const response = await fetch(`${server.url}/admin/events/${cast.eventId}`, {
        method: "POST",
        redirect: "manual",
        headers: {
          "Content-Type": "application/x-www-form-urlencoded",
          Origin: server.url,
          ...(cast.cookies[role] ? { Cookie: cast.cookies[role] } : {}),
        },
        body: new URLSearchParams({ intent: "rotateJoinCode" }),
      });
      expect([302, 403], role).toContain(response.status);
    }
  });
});
