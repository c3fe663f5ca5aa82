import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { cookiesFrom, postForm, TEST_JOIN_CODE } from "../support/http-session";
import { hostileServer } from "./hostile-server";

const setting = hostileServer();
const { server } = setting;

function participantCount(): number {
  const sqlite = new Database(server.databasePath, { readonly: true });
  try {
    return (sqlite.prepare("select count(*) as n from participants").get() as { n: number }).n;
  } finally {
    sqlite.close();
  }
}

function participantNamed(displayName: string): boolean {
  const sqlite = new Database(server.databasePath, { readonly: true });
  try {
    return sqlite.prepare("select 1 from participants where display_name = ?").get(displayName) !== undefined;
  } finally {
    sqlite.close();
  }
}

async function postRaw(
  path: string,
  body: string | ReadableStream<Uint8Array>,
  type = "application/x-www-form-urlencoded",
) {
  return fetch(`${server.url}${path}`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": type, Origin: server.url },
    body,
    ...(typeof body === "string" ? {} : { duplex: "half" }),
  } as RequestInit);
}

/** A body sent in chunks without a Content-Length, as a script (never a browser's form) can send it. */
function chunkedBody(totalBytes: number): ReadableStream<Uint8Array> {
  const chunk = new TextEncoder().encode(`displayName=${"a".repeat(64 * 1024 - 12)}`);
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= totalBytes) {
        controller.close();
        return;
      }
      sent += chunk.length;
      controller.enqueue(chunk);
    },
  });
}

function expectPlainAnswer(body: string, message: RegExp) {
  expect(body).toMatch(message);
  expect(body).not.toMatch(/at .*\.(ts|js):\d+/);
  expect(body).not.toContain("/work/");
}

describe("hostile form posts", () => {
  it("extra fields (role=admin, ids) are ignored: the participant is a participant and nothing else", async () => {
    const watch = await setting.watch();
    const joined = await postRaw(
      "/join",
      `code=${TEST_JOIN_CODE}&displayName=Eva&role=admin&isAdmin=1&userId=1&eventId=${"0".repeat(8)}`,
    );
    expect(joined.status).toBe(302);
    const cookie = cookiesFrom(joined);
    const admin = await fetch(`${server.url}/admin`, { redirect: "manual", headers: { Cookie: cookie } });
    expect(admin.status).toBe(403);
    await watch.verify();
  });

  it("an oversized body gets 413, one sent in chunks without a length 411, each with a plain message", async () => {
    const watch = await setting.watch();
    const before = participantCount();
    const announced = await postForm(server.url, "/join", { code: TEST_JOIN_CODE, displayName: "x".repeat(200_000) });
    expect(announced.status).toBe(413);
    expectPlainAnswer(await announced.text(), /Die gesendeten Daten sind zu groß/);

    // Without a length the limit cannot be checked before reading: refused unread.
    const chunked = await postRaw("/join", chunkedBody(20 * 1024 * 1024));
    expect(chunked.status).toBe(411);
    expectPlainAnswer(await chunked.text(), /Die gesendeten Daten haben keine Längenangabe/);
    expect(participantCount()).toBe(before);
    await watch.verify();
  });

  it("repeated fields and NUL bytes get 400 with a plain German message, and nobody joins", async () => {
    const watch = await setting.watch();
    const before = participantCount();
    const answers = [
      await postRaw("/join", `code=${TEST_JOIN_CODE}&displayName=Anna&displayName=Admin`),
      await postRaw("/join", `code=${TEST_JOIN_CODE}&code=${TEST_JOIN_CODE}&displayName=Anna`),
      await postRaw("/join", `code=${TEST_JOIN_CODE}&displayName=Null%00Byte`),
      await postRaw("/login", "email=admin%40fahrplan.test%00&password=x"),
    ];
    for (const answer of answers) {
      expect(answer.status).toBe(400);
      expectPlainAnswer(await answer.text(), /Das Formular enthält ungültige Angaben/);
    }
    expect(participantCount()).toBe(before);
    await watch.verify();
  });

  it("SQL fragments are refused where they cannot be valid and stored as plain text where they can", async () => {
    const watch = await setting.watch();
    const before = participantCount();
    const asCode = await postForm(server.url, "/join", { code: "' OR 1=1 --", displayName: "Robert" });
    expect(asCode.status).toBe(400);
    const asLogin = await postForm(server.url, "/login", { email: "' OR '1'='1", password: "' OR '1'='1" });
    expect(asLogin.status).toBe(400);
    expect(asLogin.headers.getSetCookie().some((cookie) => cookie.startsWith("fahrplan_session="))).toBe(false);

    const name = "Robert'); DROP TABLE participants;--";
    const asName = await postForm(server.url, "/join", { code: TEST_JOIN_CODE, displayName: name });
    expect(asName.status).toBe(302);
    expect(participantNamed(name)).toBe(true);
    expect(participantCount()).toBe(before + 1);
    await watch.verify();
  });
});
