import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../../db/schema";
import { postForm } from "../support/http-session";
import { type Cast, createCast } from "../support/principals";
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

function refusals() {
  return server.db.select().from(auditLog).where(eq(auditLog.action, "request_refused")).all();
}

describe("refused requests in the audit log", () => {
  it("records a participant's moderation action, with who, what and where", async () => {
    const before = refusals().length;
    const response = await postForm(
      server.url,
      "/moderation/board",
      { intent: "decide", contributionId: "fremd", decision: "rejected", role: "admin" },
      { cookie: cast.cookies.participant },
    );
    expect(response.status).toBe(403);
    // The audit entry is written when the response is finished, just after the client got it.
    await expect.poll(() => refusals().length).toBe(before + 1);
    const entry = refusals().at(-1);
    expect(entry?.actor).toMatch(/^participant:/);
    expect(entry?.eventId).toBe(cast.eventId);
    expect(entry?.details).toEqual({ method: "POST", path: "/moderation/board", status: 403 });
  });

  it("records a burst of the same refusal once, so that probing cannot flood the log", async () => {
    const before = refusals().length;
    for (let i = 0; i < 20; i++) {
      const response = await fetch(`${server.url}/admin`, { headers: { Cookie: cast.cookies.moderatorOfTrackA } });
      expect(response.status).toBe(403);
      await response.arrayBuffer();
    }
    await expect.poll(() => refusals().length).toBe(before + 1);
    expect(refusals().at(-1)?.details).toEqual({ method: "GET", path: "/admin", status: 403 });
  });

  it("does not record what is allowed, nor anonymous visitors", async () => {
    const before = refusals().length;
    expect((await fetch(`${server.url}/admin`, { headers: { Cookie: cast.cookies.admin } })).status).toBe(200);
    expect((await fetch(`${server.url}/admin`, { redirect: "manual" })).status).toBe(302);
    // A refusal after them is recorded, so by then the two above would have been too.
    await fetch(`${server.url}/admin`, { headers: { Cookie: cast.cookies.observer } });
    await expect.poll(() => refusals().length).toBe(before + 1);
    expect(refusals().at(-1)?.actor).toMatch(/^observer:/);
  });
});
