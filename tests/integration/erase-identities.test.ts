import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { listEventsWithTracks } from "../../db/queries/tracks";
import { contributions, participants } from "../../db/schema";
import { sessionTokenFrom } from "../../server/auth/session-cookie";
import { resolveSession } from "../../server/auth/sessions";
import type { ExportFormat } from "../../server/export/export-input";
import { exportInput } from "../../server/export/export-source";
import { render } from "../../server/export/render";
import { adoptContributions } from "../../server/fahrplan/curation";
import { publishVersion } from "../../server/fahrplan/versions";
import { CollabClient } from "../support/collab-client";
import { joinEvent, logIn, TEST_ADMIN } from "../support/http-session";
import { tempDir } from "../support/temp-dir";
import { startTestServer } from "../support/test-server";
import { until } from "../support/wait";

const NAMES = ["Erika Quaxelberg", "Bernd Wurzelmoser"];
const ORGANISATION = "Stadtverwaltung Zella-Mehlis";

const cleanUps: (() => Promise<unknown> | unknown)[] = [];
afterEach(async () => {
  for (const cleanUp of cleanUps.splice(0).reverse()) await cleanUp();
});

/**
 * A congress in miniature: two participants write in a track, a moderator takes a history snapshot, adopts
 * their contributions into the Fahrplan and (optionally) publishes it.
 */
async function congress(options: { publish: boolean }) {
  const server = await startTestServer();
  cleanUps.push(() => server.cleanUp());
  const [event] = listEventsWithTracks(server.db);
  const track = event?.tracks[0];
  if (!event || !track) throw new Error("no event");
  const cookies = [
    await joinEvent(server.url, NAMES[0] ?? "", { organisation: ORGANISATION }),
    await joinEvent(server.url, NAMES[1] ?? ""),
  ];
  const ids = cookies.map(() => randomUUID());
  const clients = cookies.map((cookie) => new CollabClient(server.url, track.documentName, cookie));
  cleanUps.push(() => {
    for (const client of clients) client.destroy();
  });
  await Promise.all(clients.map((client) => client.whenSynced()));
  clients.forEach((client, i) => {
    client.addContribution("problem", ids[i] ?? "", `Problem ${i + 1}: Medienbrüche im Antragsverfahren`);
  });
  const attributed = () =>
    ids.every((id) => {
      const row = server.db.select().from(contributions).where(eq(contributions.id, id)).get();
      return row?.authorName !== null && row?.authorName !== undefined;
    });
  await until(
    (onChange) => {
      server.services.readModel.on("changed", onChange);
      return () => server.services.readModel.off("changed", onChange);
    },
    attributed,
    "contributions attributed",
  );

  const adminCookie = await logIn(server.url, TEST_ADMIN.email, TEST_ADMIN.password);
  const actor = resolveSession(server.db, sessionTokenFrom(adminCookie) ?? "");
  if (actor?.kind !== "account") throw new Error("no admin");
  await server.services.history.takeSnapshot(track.id, {
    name: "Ende Sammeln",
    kind: "manual",
    actor: { key: `user:${actor.userId}`, name: actor.displayName },
  });
  adoptContributions({ db: server.db, actor, eventId: event.id }, ids);
  if (options.publish) publishVersion({ db: server.db, actor, eventId: event.id });
  return { server, eventId: event.id, actorKey: `user:${actor.userId}` };
}

type Server = Awaited<ReturnType<typeof congress>>["server"];

async function exported(server: Server, eventId: string, format: ExportFormat, draft: boolean): Promise<Buffer> {
  const input = exportInput(server.db, eventId, { draft, includeOrganisations: format !== "pdf" });
  if (!input) throw new Error("nothing to export");
  // The time of generation is the one thing allowed to differ between two renders.
  return render(format, { ...input, generatedAt: "2018-11-08T09:00:00.000Z" }, () => {});
}

function pdfText(pdf: Buffer): string {
  const dir = tempDir("fahrplan-erase-");
  try {
    writeFileSync(dir.file("fahrplan.pdf"), pdf);
    return execFileSync("pdftotext", ["-layout", dir.file("fahrplan.pdf"), "-"], { encoding: "utf8" });
  } finally {
    dir.remove();
  }
}

/** Every byte of the database: the main file and, if there is one, its write-ahead log. */
function databaseBytes(path: string): Buffer {
  return Buffer.concat([readFileSync(path), ...(existsSync(`${path}-wal`) ? [readFileSync(`${path}-wal`)] : [])]);
}

function namesIn(bytes: Buffer | string, names: string[]): string[] {
  const haystack = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes);
  // Each name also by its parts: a first name alone is still a name.
  return names.flatMap((name) => name.split(" ")).filter((part) => haystack.includes(Buffer.from(part)));
}

describe("erasing participant identities after the event", () => {
  it("pseudonymises every participant everywhere, and the Fahrplan's PDF stays the same", async () => {
    const { server, eventId, actorKey } = await congress({ publish: true });
    const before = {
      published: pdfText(await exported(server, eventId, "pdf", false)),
      draft: pdfText(await exported(server, eventId, "pdf", true)),
    };
    // The test can fail: the names are there to begin with.
    expect(namesIn(databaseBytes(server.databasePath), NAMES)).not.toEqual([]);

    const result = await server.services.identities.run(eventId, "pseudonymise", actorKey);
    expect(result.participants).toBe(2);

    expect(namesIn(databaseBytes(server.databasePath), NAMES)).toEqual([]);
    // (DOCX is compressed; its text is the same as Markdown's, which is checked.)
    for (const format of ["json", "md"] as ExportFormat[]) {
      expect(namesIn(await exported(server, eventId, format, true), NAMES), format).toEqual([]);
    }
    expect(pdfText(await exported(server, eventId, "pdf", false))).toBe(before.published);
    expect(pdfText(await exported(server, eventId, "pdf", true))).toBe(before.draft);

    const people = server.db.select().from(participants).all();
    expect(people.map((person) => person.displayName).sort()).toEqual(["Teilnehmende 1", "Teilnehmende 2"]);
    expect(people.find((person) => person.displayName === "Teilnehmende 1")?.organisation).toBe(ORGANISATION);
    const authors = server.db.select({ name: contributions.authorName }).from(contributions).all();
    expect(authors.map((row) => row.name).sort()).toEqual(["Teilnehmende 1", "Teilnehmende 2"]);
  });

  it("erases names and organisations, and ends the participants' sessions", async () => {
    const { server, eventId, actorKey } = await congress({ publish: false });
    await server.services.identities.run(eventId, "erase", actorKey);
    expect(namesIn(databaseBytes(server.databasePath), [...NAMES, "Zella-Mehlis"])).toEqual([]);
    const people = server.db.select().from(participants).all();
    expect(new Set(people.map((person) => `${person.displayName}|${person.organisation}`))).toEqual(
      new Set(["Teilnehmende|null"]),
    );
    const stillIn = await fetch(`${server.url}/api/tracks`, { headers: { Cookie: await joinedCookie(server) } });
    expect(stillIn.status).toBe(200); // a new join works; the old sessions are checked below
    const sessions = server.db.$client
      .prepare("select count(*) as open from sessions where participant_id is not null and revoked_at is null")
      .get() as { open: number };
    expect(sessions.open).toBe(1); // only the one that joined after the erasure
  });
});

async function joinedCookie(server: Server): Promise<string> {
  return joinEvent(server.url, "Neu Dabei");
}
