import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, participants } from "../../db/schema";
import { cookiesFrom, joinEvent, postForm, TEST_ADMIN, TEST_JOIN_CODE } from "../support/http-session";
import { openCollabSocket } from "../support/raw-socket";
import { fetchTracks, startTestServer } from "../support/test-server";

let server: Awaited<ReturnType<typeof startTestServer>>;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server.cleanUp();
});

function participantCount(): number {
  return server.db.select({ n: count() }).from(participants).get()?.n ?? 0;
}

describe("cross-origin requests", () => {
  it("refuses an upgrade from a foreign origin", async () => {
    const cookie = await joinEvent(server.url, "Olga Origin");
    const [track] = await fetchTracks(server.url, cookie);
    if (!track) throw new Error("no track");
    const foreign = await openCollabSocket(server.url, track.documentName, { cookie, origin: "http://evil.example" });
    expect(foreign.status).toBe(403);
    const own = await openCollabSocket(server.url, track.documentName, { cookie });
    expect(own.status).toBe(101);
    own.ws?.close();
  });

  it("refuses a form post from a foreign origin and changes nothing", async () => {
    const before = participantCount();
    const response = await postForm(
      server.url,
      "/join",
      { code: TEST_JOIN_CODE, displayName: "Mallory" },
      { origin: "http://evil.example" },
    );
    expect(response.status).toBe(403);
    expect(await response.text()).toMatch(/abgelehnt.*Fehler-ID/);
    expect(participantCount()).toBe(before);
    const refusals = server.db
      .select()
      .from(auditLog)
      .all()
      .filter((entry) => entry.action === "origin_refused");
    expect(refusals.length).toBeGreaterThan(0);
  });

  it("never changes anything on GET: /logout by GET keeps the session", async () => {
    const cookie = await joinEvent(server.url, "Gerd Get");
    await fetch(`${server.url}/logout`, { headers: { Cookie: cookie }, redirect: "manual" });
    expect((await fetch(`${server.url}/api/tracks`, { headers: { Cookie: cookie } })).status).toBe(200);
  });
});

describe("guessing join codes", () => {
  it("answers repeated wrong codes from one session with 429 and Retry-After", async () => {
    const visitor = cookiesFrom(await fetch(`${server.url}/join`));
    const statuses: number[] = [];
    let last: Response | null = null;
    for (let i = 0; i < 7; i++) {
      last = await postForm(server.url, "/join", { code: `FALSCH${i}0000`, displayName: "Rate" }, { cookie: visitor });
      statuses.push(last.status);
    }
    expect(statuses.slice(0, 5)).toEqual([400, 400, 400, 400, 400]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    expect(Number(last?.headers.get("retry-after"))).toBeGreaterThan(0);
    // The right code is refused too while the session waits: otherwise the limit would tell nothing.
    const right = await postForm(
      server.url,
      "/join",
      { code: TEST_JOIN_CODE, displayName: "Rate" },
      { cookie: visitor },
    );
    expect(right.status).toBe(429);
  });

  it("lets 300 participants join from one IP address within a minute", async () => {
    const started = Date.now();
    const results: number[] = [];
    for (let batch = 0; batch < 10; batch++) {
      const responses = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          postForm(server.url, "/join", { code: TEST_JOIN_CODE, displayName: `Person ${batch * 30 + i}` }),
        ),
      );
      results.push(...responses.map((response) => response.status));
    }
    expect(results.filter((status) => status === 302)).toHaveLength(300);
    expect(Date.now() - started).toBeLessThan(60_000);
  });
});

describe("login", () => {
  it("answers an unknown address exactly as a wrong password (no user enumeration)", async () => {
    const unknown = await postForm(server.url, "/login", {
      email: "niemand@fahrplan.test",
      password: "irgendetwas-falsches",
    });
    const wrong = await postForm(server.url, "/login", { email: TEST_ADMIN.email, password: "irgendetwas-falsches" });
    expect(unknown.status).toBe(400);
    expect(wrong.status).toBe(400);
    const message = (html: string) => html.match(/role="alert">([^<]*)</)?.[1];
    expect(message(await unknown.text())).toBe(message(await wrong.text()));
  });

  it("rotates the session on login and sets a hardened cookie", async () => {
    const participant = await joinEvent(server.url, "Wechsel");
    const response = await postForm(
      server.url,
      "/login",
      { email: TEST_ADMIN.email, password: TEST_ADMIN.password },
      { cookie: participant },
    );
    expect(response.status).toBe(302);
    const setCookie = response.headers.getSetCookie().find((header) => header.startsWith("fahrplan_session="));
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(cookiesFrom(response)).not.toBe(participant);
    // The session the browser had before is gone.
    expect((await fetch(`${server.url}/api/tracks`, { headers: { Cookie: participant } })).status).toBe(401);
  });
});

describe("responses", () => {
  it("carry the security headers, and every inline script has the CSP nonce", async () => {
    const response = await fetch(`${server.url}/join`);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    const nonce = csp.match(/'nonce-([^']+)'/)?.[1];
    expect(nonce).toBeTruthy();
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("same-origin");
    expect(response.headers.get("cache-control")).toBe("no-store");
    const scripts = [...(await response.text()).matchAll(/<script([^>]*)>/g)].map((match) => match[1] ?? "");
    expect(scripts.length).toBeGreaterThan(0);
    for (const attributes of scripts) expect(attributes).toContain(`nonce="${nonce}"`);
  });

  it("refuses oversized bodies, repeated fields and NUL bytes with a plain message", async () => {
    const big = await postForm(server.url, "/join", { code: "x".repeat(100_000), displayName: "Groß" });
    expect(big.status).toBe(413);
    const repeated = await fetch(`${server.url}/join`, {
      method: "POST",
      redirect: "manual",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: server.url },
      body: `code=${TEST_JOIN_CODE}&displayName=A&displayName=B`,
    });
    expect(repeated.status).toBe(400);
    const nul = await postForm(server.url, "/join", { code: TEST_JOIN_CODE, displayName: "Null\0Byte" });
    expect(nul.status).toBe(400);
    const sql = await postForm(server.url, "/join", { code: "' OR 1=1 --", displayName: "Robert'); DROP TABLE" });
    expect(sql.status).toBe(400);
  });

  it("answers /api without a session with 401, and an unknown page with 404 without a stack", async () => {
    expect((await fetch(`${server.url}/api/tracks`)).status).toBe(401);
    const missing = await fetch(`${server.url}/gibt-es-nicht`);
    expect(missing.status).toBe(404);
    const body = await missing.text();
    expect(body).toContain("Diese Seite gibt es nicht.");
    expect(body).not.toMatch(/at .*\.(ts|js):\d+/);
  });
});

describe("the site icon", () => {
  it("is declared on every page and served, so that no browser asks for a missing /favicon.ico", async () => {
    const page = await (await fetch(`${server.url}/`)).text();
    expect(page).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml"/>');
    const icon = await fetch(`${server.url}/favicon.svg`);
    expect(icon.status).toBe(200);
    expect(icon.headers.get("content-type")).toContain("image/svg+xml");
  });
});
