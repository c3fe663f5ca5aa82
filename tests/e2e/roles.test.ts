import { describe, expect, it } from "vitest";
import { openDatabase } from "../../db/client";
import { findTrack } from "../../db/queries/tracks";
import { moderatorAssignments } from "../../db/schema";
import { createAccount } from "../../server/auth/accounts";
import { createObserverLink } from "../../server/auth/observer-links";
import { editorText, joinInBrowser, newPerson, saveStatus, trackEditor, typeAtEnd } from "../support/browser-session";
import { e2eEnvironment } from "../support/e2e-environment";

const EVENT_SLUG = "thueringer-e-government-kongress-2018";
const TRACK_PATH = `/events/${EVENT_SLUG}/tracks/it-infrastruktur`;

const e2e = e2eEnvironment();
const { server } = e2e;

/** Works on the running server's database file next to it (SQLite in WAL mode allows that). */
async function withDatabase<T>(work: (db: ReturnType<typeof openDatabase>) => Promise<T> | T): Promise<T> {
  const db = openDatabase(e2e.databasePath);
  try {
    return await work(db);
  } finally {
    db.$client.close();
  }
}

describe("Who may do what, in the browser", () => {
  it("A participant joins through a track's join link with the code and edits", async () => {
    const { page } = await newPerson(e2e.browser);
    await joinInBrowser(page, server.url, "Karla Kommune", { redirectTo: TRACK_PATH, organisation: "Stadt Gotha" });
    expect(new URL(page.url()).pathname).toBe(TRACK_PATH);
    await typeAtEnd(page, "Landesdatennetz für alle Kommunen öffnen.");
    await expect.poll(() => saveStatus(page).textContent()).toBe("Verbunden · gespeichert (Server)");
    await expect.poll(() => editorText(page)).toContain("Landesdatennetz für alle Kommunen öffnen.");
  });

  it("A moderator logs in and works in the track they moderate", async () => {
    await withDatabase(async (db) => {
      const user = await createAccount(db, {
        email: "moderation@fahrplan.test",
        displayName: "Maria Moderation",
        password: "sehr-geheimes-passwort",
        role: "moderator",
      });
      const track = findTrack(db, EVENT_SLUG, "it-infrastruktur");
      if (!track) throw new Error("track missing");
      db.insert(moderatorAssignments).values({ userId: user.id, eventId: track.eventId, trackId: track.id }).run();
    });
    const { page } = await newPerson(e2e.browser);
    await page.goto(`${server.url}/login`);
    await page.getByLabel("E-Mail-Adresse").fill("moderation@fahrplan.test");
    await page.getByLabel("Passwort").fill("sehr-geheimes-passwort");
    await page.getByRole("button", { name: "Anmelden" }).click();
    await page.waitForURL(`${server.url}/moderation`);
    await expect.poll(() => page.getByRole("link", { name: /IT-Infrastruktur/ }).count()).toBe(1);
    await page.getByRole("link", { name: /IT-Infrastruktur/ }).click();
    await typeAtEnd(page, " Moderationshinweis.");
    await expect.poll(() => editorText(page)).toContain("Moderationshinweis.");
    await expect.poll(() => saveStatus(page).textContent()).toBe("Verbunden · gespeichert (Server)");
  });

  it("The observer view shows the document live but cannot type", async () => {
    const link = await withDatabase((db) => {
      const track = findTrack(db, EVENT_SLUG, "it-infrastruktur");
      if (!track) throw new Error("track missing");
      return createObserverLink(db, { eventId: track.eventId, trackId: track.id, label: "Beamer Saal 2" });
    });
    const { page } = await newPerson(e2e.browser);
    await page.goto(`${server.url}/observe/${link.token}`);
    await page.getByRole("button", { name: "Ansicht öffnen" }).click();
    await page.waitForURL(`${server.url}${TRACK_PATH}`);
    await expect.poll(() => saveStatus(page).textContent()).toBe("Verbunden · nur lesen");
    await expect.poll(() => editorText(page)).toContain("Landesdatennetz für alle Kommunen öffnen.");
    const before = await editorText(page);
    await trackEditor(page).click();
    await page.keyboard.type("Beamer schreibt");
    expect(await trackEditor(page).getAttribute("contenteditable")).toBe("false");
    expect(await editorText(page)).toBe(before);

    // And it is live: what a participant types appears on the projector.
    const { page: writer } = await newPerson(e2e.browser);
    await joinInBrowser(writer, server.url, "Live Schreiber", { redirectTo: TRACK_PATH });
    await typeAtEnd(writer, " Live vom Platz.");
    await expect.poll(() => editorText(page)).toContain("Live vom Platz.");
  });
});
