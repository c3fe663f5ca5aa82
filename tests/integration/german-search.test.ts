import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { listEventsWithTracks } from "../../db/queries/tracks";
import { contributions, users } from "../../db/schema";
import type { AccountPrincipal } from "../../server/auth/principal";
import { adoptContributions } from "../../server/fahrplan/curation";
import * as board from "../support/moderation-board-setup";

/**
 * The search and the duplicate suggestions as moderators meet them (issue #16): through the page
 * `/moderation/search` and the board, on the real server, with the issue's own examples.
 */

board.withBoardServer();

const NUTZERKONTO = "Das Nutzerkonto des Bundes und das Servicekonto Thüringen sind für Bürger nicht verknüpft.";
const REGISTRIEREN =
  "Bürgerinnen und Bürger müssen sich für jede Behörde neu registrieren; ein einheitliches Nutzerkonto fehlt.";
const MEDIENBRUECHE = "Medienbrüche zwischen E-Akte und Fachverfahren kosten täglich Zeit.";

function searchPage(query: string, cookie = board.adminCookie): Promise<Response> {
  return board.getBoard(`/moderation/search?q=${encodeURIComponent(query)}`, cookie);
}

/** The rendered results only (the hydration data repeats them). */
async function resultsOf(response: Response): Promise<string> {
  expect(response.status).toBe(200);
  const html = await response.text();
  const start = html.indexOf('id="suchergebnisse"');
  return start < 0 ? "" : html.slice(start, html.indexOf("</section>", start));
}

/** Texts without the markup of the highlighting. */
const plain = (html: string) => html.replace(/<[^>]+>/g, "");

describe("the moderators' search page", () => {
  it("finds the issue's examples: inflection, umlaut spelling, gender form, highlighted", async () => {
    board.insertContribution(board.trackA, NUTZERKONTO);
    board.insertContribution(board.trackB, REGISTRIEREN);
    board.insertContribution(board.trackB, MEDIENBRUECHE, "step");

    const nutzerkonten = await resultsOf(await searchPage("Nutzerkonten"));
    expect(plain(nutzerkonten)).toContain(NUTZERKONTO);
    expect(plain(nutzerkonten)).toContain(REGISTRIEREN);
    expect(nutzerkonten).toContain("<mark>Nutzerkonto</mark>");
    expect(plain(nutzerkonten)).toContain("2 Treffer.");

    const medienbruch = await resultsOf(await searchPage("Medienbruch"));
    expect(plain(medienbruch)).toContain(MEDIENBRUECHE);
    expect(medienbruch).toContain("<mark>Medienbrüche</mark>");

    const both = await resultsOf(await searchPage("Nutzerkonten buergerinnen"));
    expect(plain(both)).toContain(REGISTRIEREN);
    expect(both).toContain("<mark>Bürgerinnen</mark>");
    expect(plain(both)).not.toContain(MEDIENBRUECHE);
  });

  it("shows what people wrote as text, and takes query syntax as words", async () => {
    board.insertContribution(board.trackA, '<img src=x onerror="alert(1)"> Signaturkarten fehlen');
    const results = await resultsOf(await searchPage("Signaturkarte"));
    expect(results).toContain("&lt;img src=x onerror=");
    expect(results).not.toContain("<img");
    expect(results).toContain("<mark>Signaturkarten</mark>");
    for (const query of ['"Signaturkarten', "NEAR(Signaturkarten", "Signaturkarten*", "x".repeat(2_000)]) {
      expect((await searchPage(query)).status).toBe(200);
    }
    expect(plain(await resultsOf(await searchPage("Signaturkarten* OR"))).replace(/\s+/g, " ")).toContain(
      "Keine Treffer.",
    );
  });

  it("finds Fahrplan entries, and the words of an event's own glossary", async () => {
    const id = board.insertContribution(board.trackA, "Die Registermodernisierung kommt in den Kommunen nicht an.");
    const admin = board.server.db.select().from(users).get();
    const actor = { kind: "account", userId: admin?.id, role: "admin", moderatedEvents: [], moderatedTracks: [] };
    const ctx = { db: board.server.db, actor: actor as unknown as AccountPrincipal, eventId: board.eventId };
    const adopted = adoptContributions(ctx, [id]);
    expect(adopted.ok).toBe(true);
    const results = await resultsOf(await searchPage("Registermodernisierung"));
    expect(plain(results)).toContain("Fahrplan-Eintrag");
    expect(results).toMatch(/href="\/moderation\/fahrplan\?event=[^"]+#entry-[^"]+-title"/);

    expect(plain(await resultsOf(await searchPage("RegMo")))).toContain("Keine Treffer.");
    const [congress] = listEventsWithTracks(board.server.db).filter((event) => event.id === board.eventId);
    const directory = join(dirname(board.server.databasePath), "glossar");
    mkdirSync(directory, { recursive: true });
    writeFileSync(join(directory, `${congress?.slug}.txt`), "RegMo = Registermodernisierung\n");
    const glossary = await resultsOf(await searchPage("RegMo"));
    expect(plain(glossary)).toContain("Die Registermodernisierung kommt in den Kommunen nicht an.");
    expect(plain(glossary)).toContain("über Abkürzung oder Synonym gefunden");
  });

  it("shows nothing of the congress to a moderator of another event", async () => {
    const results = await resultsOf(await searchPage("Nutzerkonten", board.otherModeratorCookie));
    expect(plain(results)).not.toContain(NUTZERKONTO);
  });
});

describe("the board's similar contributions", () => {
  it("lists the issue's pair under each other, with the shared word, and merges it in one step", async () => {
    const html = await (await board.getBoard()).text();
    const list = html.slice(html.indexOf("<table"), html.indexOf("</table>"));
    const similar = list.slice(list.indexOf('class="board-similar"'));
    expect(similar).toMatch(/\d ähnliche(r)? Beitr/);
    expect(similar).toContain("Gemeinsam: Nutzerkonto");
    const [first, second] = board.server.db
      .select()
      .from(contributions)
      .all()
      .filter((row) => row.text === NUTZERKONTO || row.text === REGISTRIEREN)
      .map((row) => row.id);
    expect(first && second).toBeTruthy();
    expect(list).toContain(`value="${second}"`);

    const response = await board.post([
      ["intent", "merge-suggestion"],
      ["contributionIds", first as string],
      ["contributionIds", second as string],
    ]);
    expect(response.status).toBe(200);
    const sources = board.sourcesOf([first as string, second as string]);
    expect(sources).toHaveLength(2);
    expect(sources[0]?.entryId).toBe(sources[1]?.entryId);
  });
});
