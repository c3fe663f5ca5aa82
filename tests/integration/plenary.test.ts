import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { plenaryVoices, roadmapEntries } from "../../db/schema";
import { sessionTokenFrom } from "../../server/auth/session-cookie";
import { resolveSession } from "../../server/auth/sessions";
import { exportInput } from "../../server/export/export-source";
import { renderDocx } from "../../server/export/render-docx";
import { renderJson } from "../../server/export/render-json";
import { renderMarkdown } from "../../server/export/render-markdown";
import { renderPdf } from "../../server/export/render-pdf";
import { publishedVersion } from "../../server/fahrplan/versions";
import { latestPlenary } from "../../server/plenary/plenary";
import type { PlenaryView } from "../../server/plenary/plenary-view";
import { joinEvent, postForm, publishFassung } from "../support/http-session";
import * as plenary from "../support/plenary-setup";
import { tempDir } from "../support/temp-dir";
import { readZip } from "../support/zip";

plenary.withPlenaryServer();

/** A second participant, who comments in the stream test and reads the answer later. */
let sven = "";

/**
 * The closing plenary over HTTP (issue #15.1): who may do what, one voice per participant and entry,
 * voices on an earlier wording, answers, the live stream, freezing, and the frozen result in the Fassung
 * and in every export format.
 */

const post = (cookie: string, fields: Record<string, string>) =>
  postForm(plenary.server.url, plenary.plenaryPath(), fields, { cookie });
const voiceRows = () => plenary.server.db.select().from(plenaryVoices).all();
const participantIdOf = (cookie: string) => {
  const principal = resolveSession(plenary.server.db, sessionTokenFrom(cookie) ?? "");
  return principal?.kind === "participant" ? principal.participantId : "";
};

/** Reads server-sent events from the plenary stream until `until` accepts a view (or the test times out). */
async function streamUntil(cookie: string, until: (view: PlenaryView) => boolean, act?: () => Promise<unknown>) {
  const controller = new AbortController();
  const response = await fetch(`${plenary.server.url}${plenary.streamPath()}`, {
    headers: { Cookie: cookie },
    signal: controller.signal,
  });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toContain("text/event-stream");
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  let acted = false;
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) throw new Error("stream ended");
      buffer += decoder.decode(value, { stream: true });
      let end = buffer.indexOf("\n\n");
      while (end >= 0) {
        const frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = /^data: (.*)$/m.exec(frame)?.[1];
        if (data) {
          const view = JSON.parse(data) as PlenaryView;
          if (acted || !act) {
            if (until(view)) return view;
          }
          if (!acted && act) {
            acted = true;
            await act();
          }
        }
        end = buffer.indexOf("\n\n");
      }
    }
  } finally {
    controller.abort();
  }
}

describe("the closing plenary", () => {
  it("is opened only by the event's moderators; participants and observers are refused", async () => {
    const { cookies } = plenary.cast;
    expect((await post(cookies.participant, { intent: "open" })).status).toBe(403);
    expect((await post(cookies.observer, { intent: "open" })).status).toBe(403);
    expect((await post(cookies.participantOfOtherEvent, { intent: "open" })).status).toBe(403);
    expect(latestPlenary(plenary.server.db, plenary.cast.eventId)).toBeNull();
    expect((await post(cookies.eventModerator, { intent: "open" })).status).toBe(200);
    expect(latestPlenary(plenary.server.db, plenary.cast.eventId)?.status).toBe("open");
    expect((await post(cookies.eventModerator, { intent: "open" })).status).toBe(409);
  });

  it("keeps one voice per participant and entry, changeable, from the session's participant only", async () => {
    const { cookies } = plenary.cast;
    const [entry] = plenary.entries;
    const forged = "ein-anderer-teilnehmer";
    expect(
      (
        await post(cookies.participant, {
          intent: "voice",
          entryId: entry ?? "",
          voice: "consent",
          participantId: forged,
        })
      ).status,
    ).toBe(200);
    const changed = await post(cookies.participant, {
      intent: "voice",
      entryId: entry ?? "",
      voice: "concern",
      comment: "Die Kommunen müssen mitreden.",
    });
    expect(changed.status).toBe(200);
    const rows = voiceRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      participantId: participantIdOf(cookies.participant),
      voice: "concern",
      comment: "Die Kommunen müssen mitreden.",
    });
  });

  it("refuses voices of observers, of another event's participants, and on entries of no event; writes nothing", async () => {
    const { cookies } = plenary.cast;
    const [entry] = plenary.entries;
    const before = voiceRows().length;
    expect((await post(cookies.observer, { intent: "voice", entryId: entry ?? "", voice: "consent" })).status).toBe(
      403,
    );
    expect(
      (await post(cookies.participantOfOtherEvent, { intent: "voice", entryId: entry ?? "", voice: "consent" })).status,
    ).toBe(403);
    expect(
      (await post(cookies.eventModerator, { intent: "voice", entryId: entry ?? "", voice: "consent" })).status,
    ).toBe(403);
    expect(
      (await post(cookies.participant, { intent: "voice", entryId: "gibt-es-nicht", voice: "consent" })).status,
    ).toBe(404);
    expect(
      (await post(cookies.participant, { intent: "voice", entryId: entry ?? "", voice: "vielleicht" })).status,
    ).toBe(400);
    expect(voiceRows()).toHaveLength(before);
    const other = await fetch(`${plenary.server.url}${plenary.streamPath()}`, {
      headers: { Cookie: cookies.participantOfOtherEvent },
    });
    expect(other.status).toBe(403);
  });

  it("streams every change to its followers at once; comments only to the moderators", async () => {
    const { cookies } = plenary.cast;
    const [, second] = plenary.entries;
    sven = await joinEvent(plenary.server.url, "Sven Saal");
    const someone = sven;
    const seen = await streamUntil(
      cookies.observer,
      (view) => view.tallies[second ?? ""]?.consent === 1,
      () => post(someone, { intent: "voice", entryId: second ?? "", voice: "consent", comment: "Gut so." }),
    );
    expect(seen.comments).toBeNull();
    const moderators = await streamUntil(cookies.eventModerator, () => true);
    expect(moderators.comments?.[second ?? ""]?.[0]).toMatchObject({ name: "Sven Saal", comment: "Gut so." });
  });

  it("marks an entry edited during the plenary, and the voices given on its earlier wording", async () => {
    const { cookies } = plenary.cast;
    const [entry] = plenary.entries;
    const row = plenary.server.db
      .select()
      .from(roadmapEntries)
      .where(eq(roadmapEntries.id, entry ?? ""))
      .get();
    const editor = `/moderation/fahrplan?event=${encodeURIComponent(plenary.cast.eventId)}`;
    const seen = await streamUntil(
      cookies.participant,
      (view) => view.changedEntryIds.includes(entry ?? ""),
      () =>
        postForm(
          plenary.server.url,
          editor,
          {
            intent: "update-entry",
            entryId: entry ?? "",
            version: String(row?.version),
            title: "Nutzerkonto Bund und Servicekonto Thüringen verknüpfen",
            problemStatement: row?.problemStatement ?? "",
            steps: "",
            status: "draft",
          },
          { cookie: cookies.admin },
        ),
    );
    expect(seen.tallies[entry ?? ""]).toEqual({ consent: 0, concern: 1, onEarlierWording: 1 });
    // The voter confirms: the voice now counts for the current wording.
    expect((await post(cookies.participant, { intent: "voice", entryId: entry ?? "", voice: "concern" })).status).toBe(
      200,
    );
    const confirmed = await streamUntil(cookies.participant, () => true);
    expect(confirmed.tallies[entry ?? ""]).toEqual({ consent: 0, concern: 1, onEarlierWording: 0 });
  });

  it("lets moderators answer a comment and mark it resolved; the voter sees the answer", async () => {
    const { cookies } = plenary.cast;
    const [, second] = plenary.entries;
    const svensVoice = plenary.server.db
      .select()
      .from(plenaryVoices)
      .where(and(eq(plenaryVoices.entryId, second ?? ""), eq(plenaryVoices.comment, "Gut so.")))
      .get();
    const answered = await post(cookies.eventModerator, {
      intent: "answer",
      entryId: second ?? "",
      participantId: svensVoice?.participantId ?? "",
      reply: "Danke, wir nehmen es auf.",
      resolved: "on",
    });
    expect(answered.status).toBe(200);
    const view = await streamUntil(cookies.eventModerator, () => true);
    expect(view.comments?.[second ?? ""]?.[0]).toMatchObject({ reply: "Danke, wir nehmen es auf.", resolved: true });
    // The voter reads the answer on the plenary page.
    const page = await fetch(`${plenary.server.url}${plenary.plenaryPath()}`, { headers: { Cookie: sven } });
    expect(await page.text()).toContain("Antwort der Moderation: Danke, wir nehmen es auf.");
    // Participants cannot answer.
    expect(
      (
        await post(cookies.participant, {
          intent: "answer",
          entryId: second ?? "",
          participantId: svensVoice?.participantId ?? "",
          reply: "x",
        })
      ).status,
    ).toBe(403);
  });

  it("refuses publishing while it runs, freezes everything when closed, and the Fassung carries the result", async () => {
    const { cookies } = plenary.cast;
    const [entry, second] = plenary.entries;
    const whileOpen = await publishFassung(plenary.server.url, plenary.cast.eventId, cookies.eventModerator);
    expect(whileOpen.status).toBe(409);
    expect((await post(cookies.participant, { intent: "close" })).status).toBe(403);
    expect((await post(cookies.eventModerator, { intent: "close" })).status).toBe(200);
    const frozen = voiceRows();
    expect((await post(cookies.participant, { intent: "voice", entryId: entry ?? "", voice: "consent" })).status).toBe(
      409,
    );
    expect(
      (await post(cookies.eventModerator, { intent: "answer", entryId: second ?? "", participantId: "x", reply: "y" }))
        .status,
    ).toBe(409);
    expect(voiceRows()).toEqual(frozen);

    expect((await publishFassung(plenary.server.url, plenary.cast.eventId, cookies.eventModerator)).status).toBe(302);
    const version = publishedVersion(plenary.server.db, plenary.cast.eventId, 1);
    const entries = version?.snapshot.sections.flatMap((section) => section.entries) ?? [];
    expect(entries.find((each) => each.id === entry)?.plenary).toEqual({ consent: 0, concern: 1, onEarlierWording: 0 });
    expect(entries.find((each) => each.id === second)?.plenary).toEqual({
      consent: 1,
      concern: 0,
      onEarlierWording: 0,
    });

    const input = exportInput(plenary.server.db, plenary.cast.eventId, { draft: false });
    if (!input) throw new Error("no Fassung to export");
    const line = "Abschlussplenum: 0 Zustimmung, 1 Bedenken";
    expect(renderMarkdown(input)).toContain(line);
    const json = JSON.parse(renderJson(input));
    expect(
      json.sections.flatMap((section: { entries: { plenary: unknown }[] }) => section.entries.map((e) => e.plenary)),
    ).toContainEqual({ consent: 0, concern: 1, onEarlierWording: 0 });
    const docx =
      readZip(await renderDocx(input))
        .get("word/document.xml")
        ?.toString("utf8") ?? "";
    // Word gets the label in a bold run of its own.
    expect(docx).toContain("0 Zustimmung, 1 Bedenken");
    const dir = tempDir("fahrplan-plenary-");
    const path = dir.file("fassung.pdf");
    writeFileSync(path, await renderPdf(input));
    const text = execFileSync("pdftotext", ["-layout", path, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    dir.remove();
    expect(text).toContain("Plenum 0 Zustimmung, 1 Bedenken");
    const publicPage = await fetch(`${plenary.server.url}/fahrplan/${plenary.eventSlug}`);
    expect(await publicPage.text()).toContain(line);
  });

  it("ends a follower's stream once its session is over (logout), at the next heartbeat", async () => {
    const leaving = await joinEvent(plenary.server.url, "Lea Geht");
    const response = await fetch(`${plenary.server.url}${plenary.streamPath()}`, { headers: { Cookie: leaving } });
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    expect((await reader.read()).done).toBe(false);
    expect((await postForm(plenary.server.url, "/logout", {}, { cookie: leaving })).status).toBe(302);
    plenary.server.services.plenary.sweep();
    let done = false;
    while (!done) done = (await reader.read()).done;
    expect(done).toBe(true);
  });
});
