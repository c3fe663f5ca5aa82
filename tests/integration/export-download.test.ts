import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listEventsWithTracks } from "../../db/queries/tracks";
import { contributions } from "../../db/schema";
import { sessionTokenFrom } from "../../server/auth/session-cookie";
import { resolveSession } from "../../server/auth/sessions";
import { adoptContributions } from "../../server/fahrplan/curation";
import { publishVersion } from "../../server/fahrplan/versions";
import { cookiesFrom, joinEvent, logIn, TEST_ADMIN } from "../support/http-session";
import { tempDir } from "../support/temp-dir";
import { startTestServer } from "../support/test-server";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

let server: Awaited<ReturnType<typeof startTestServer>>;
let eventId: string;
let adminCookie: string;

beforeAll(async () => {
  server = await startTestServer();
  const [event] = listEventsWithTracks(server.db);
  if (!event) throw new Error("no event");
  eventId = event.id;
  adminCookie = await logIn(server.url, TEST_ADMIN.email, TEST_ADMIN.password);
  const actor = resolveSession(server.db, sessionTokenFrom(adminCookie) ?? "");
  if (actor?.kind !== "account") throw new Error("no admin");
  const ids = event.tracks.slice(0, 2).map((track, i) => {
    const id = randomUUID();
    server.db
      .insert(contributions)
      .values({
        id,
        eventId,
        trackId: track.id,
        kind: "problem",
        text: `Problem ${i + 1}: Schlüsselübergabe`,
        position: i,
        updatedAt: new Date(),
      })
      .run();
    return id;
  });
  adoptContributions({ db: server.db, actor, eventId }, ids);
  publishVersion({ db: server.db, actor, eventId });
});

afterAll(async () => {
  await server.cleanUp();
});

/** Starts an export as a browser would, follows it to the end and downloads the file. */
async function download(
  fields: Record<string, string>,
  givenCookie?: string,
): Promise<{ status: number; file?: Buffer; type?: string }> {
  // A browser without a session still keeps its visitor cookie, which owns the export it started.
  const cookie = givenCookie ?? cookiesFrom(await fetch(`${server.url}/join`));
  const headers = {
    "Content-Type": "application/x-www-form-urlencoded",
    Origin: server.url,
    ...(cookie ? { Cookie: cookie } : {}),
  };
  const started = await fetch(`${server.url}/exports`, {
    method: "POST",
    headers,
    body: new URLSearchParams({ eventId, ...fields }),
  });
  if (started.status !== 202) {
    return { status: started.status };
  }
  const job = (await started.json()) as { statusUrl: string; fileUrl: string };
  for (;;) {
    const response = await fetch(`${server.url}${job.statusUrl}`, { headers });
    if (!response.ok) {
      return { status: response.status };
    }
    const status = (await response.json()) as { status: string };
    if (status.status === "failed") return { status: 500 };
    if (status.status === "done") break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const file = await fetch(`${server.url}${job.fileUrl}`, { headers });
  return {
    status: file.status,
    file: Buffer.from(await file.arrayBuffer()),
    type: file.headers.get("content-type") ?? "",
  };
}

describe("downloading the Fahrplan", () => {
  it("gives anyone the published version, as each format", async () => {
    for (const [format, type] of [
      ["pdf", "application/pdf"],
      ["docx", "wordprocessingml"],
      ["md", "text/markdown"],
      ["json", "application/json"],
    ]) {
      const result = await download({ format: format ?? "" });
      expect(result.status, format).toBe(200);
      expect(result.type).toContain(type);
      expect(result.file?.length).toBeGreaterThan(100);
    }
  });

  it("gives the draft only to moderators", async () => {
    const participant = await joinEvent(server.url, "Petra Probe");
    expect((await download({ format: "md", draft: "1" }, "")).status).toBe(403);
    expect((await download({ format: "md", draft: "1" }, participant)).status).toBe(403);
    const draft = await download({ format: "md", draft: "1" }, adminCookie);
    expect(draft.status).toBe(200);
    expect(draft.file?.toString("utf8")).toContain("Entwurf");
  });

  it("shows an export only to whoever started it", async () => {
    const started = await fetch(`${server.url}/exports`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: server.url, Cookie: adminCookie },
      body: new URLSearchParams({ eventId, format: "json" }),
    });
    const { statusUrl } = (await started.json()) as { statusUrl: string };
    const stranger = cookiesFrom(await fetch(`${server.url}/join`));
    expect((await fetch(`${server.url}${statusUrl}`, { headers: { Cookie: stranger } })).status).toBe(404);
  });

  it("renders through the CLI exactly the PDF the download gives", async () => {
    const dir = tempDir();
    const out = dir.file("fahrplan.pdf");
    // Asynchronously: the server runs in this process, and a blocked event loop (spawnSync) outlasting its
    // keep-alive timeout made it drop the client's pooled connection just as the next fetch used it.
    await promisify(execFile)(process.execPath, ["build/node/export.js", "--format", "pdf", "--out", out], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_PATH: server.databasePath },
    });
    const downloaded = await download({ format: "pdf" });
    expect(readFileSync(out).equals(downloaded.file ?? Buffer.alloc(0))).toBe(true);
    dir.remove();
  });
});
