import { eq } from "drizzle-orm";
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../db/client";
import { findTrack } from "../../db/queries/tracks";
import { participants } from "../../db/schema";
import { editorText, joinInBrowser, newPerson, saveStatus, trackEditor, typeAtEnd } from "../support/browser-session";
import { e2eEnvironment } from "../support/e2e-environment";
import { rebuildFromDatabase } from "../support/stored-document";

const EVENT_SLUG = "thueringer-e-government-kongress-2018";
const TRACK_SLUG = "interne-ablaeufe";
const TRACK_PATH = `/events/${EVENT_SLUG}/tracks/${TRACK_SLUG}`;
/** Typed during the outage; unique, so that counting it finds duplicates. */
const OFFLINE_TEXT = "Eingangspost wird noch von Hand verteilt, notiert im Funkloch.";

const e2e = e2eEnvironment();
const { server } = e2e;

async function participant(name: string): Promise<{ page: Page; problems: string[] }> {
  const person = await newPerson(e2e.browser);
  await joinInBrowser(person.page, server.url, name, { redirectTo: TRACK_PATH });
  await expect.poll(() => saveStateOf(person.page)).toBe("saved");
  return person;
}

/** The machine-readable state of the save line (save-state.ts), independent of its wording. */
function saveStateOf(page: Page): Promise<string | null> {
  return saveStatus(page).getAttribute("data-state");
}

function occurrences(text: string, part: string): number {
  return text.split(part).length - 1;
}

/** Reads from the running server's database file (SQLite in WAL mode allows that). */
function fromDatabase<T>(read: (db: ReturnType<typeof openDatabase>) => T): T {
  const db = openDatabase(e2e.databasePath);
  try {
    return read(db);
  } finally {
    db.$client.close();
  }
}

function trackDocumentName(): string {
  const track = fromDatabase((db) => findTrack(db, EVENT_SLUG, TRACK_SLUG));
  if (!track) throw new Error("the seeded track is missing");
  return track.documentName;
}

/** The track's document as the server stored it, read from the database file. */
async function storedText(): Promise<string> {
  const doc = await rebuildFromDatabase(e2e.databasePath, trackDocumentName());
  const text = doc.getXmlFragment("default").toString();
  doc.destroy();
  return text;
}

/**
 * The outage seen from a page that loads again: the page itself comes through (as it would from a proxy or
 * the browser once the network is back, or when only WebSockets are blocked), while every connection to
 * the collaboration endpoint is refused the way a dead or blocking network refuses it. Returns the switch
 * that ends the outage; later sockets go through to the server unchanged.
 */
async function refuseCollaborationSockets(context: BrowserContext): Promise<() => void> {
  let outage = true;
  await context.routeWebSocket(/\/collab\//, (socket) => {
    if (outage) socket.close({ code: 1006, reason: "outage" });
    else socket.connectToServer();
  });
  return () => {
    outage = false;
  };
}

/** What the save line's polite live region last said (it stays silent while someone types). */
function announcement(page: Page): Promise<string | null> {
  return page.locator(".save-line [role=status]").first().textContent();
}

/** The names of this browser profile's IndexedDB databases, as the page sees them. */
function localDatabases(page: Page): Promise<string[]> {
  return page.evaluate(async () => (await indexedDB.databases()).map((database) => database.name ?? ""));
}

/** The paths of the pages the service worker keeps for reloading offline (public/sw.js). */
function keptPages(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    if (!(await caches.has("fahrplan-pages-v1"))) return [];
    const kept = await (await caches.open("fahrplan-pages-v1")).keys();
    return kept.map((request) => new URL(request.url).pathname);
  });
}

/** The modules of the build's manifest that the service worker has not kept (public/sw.js). */
function modulesNotKept(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    type Route = { module: string; imports?: string[] };
    const manifest = (window as unknown as { __reactRouterManifest: { routes: Record<string, Route> } })
      .__reactRouterManifest;
    const kept = await (await caches.open("fahrplan-assets-v1")).keys();
    const paths = new Set(kept.map((request) => new URL(request.url).pathname));
    return Object.values(manifest.routes)
      .flatMap((route) => [route.module, ...(route.imports ?? [])])
      .filter((url) => !paths.has(new URL(url, location.origin).pathname));
  });
}

describe("Participants keep writing through an outage", () => {
  it("Text typed offline survives closing the page, and reaches the others exactly once when back online", async () => {
    const anna = await participant("Anna Amtmann");
    const ben = await participant("Ben Bürgermeister");
    const annasBrowser = anna.page.context();

    // Chromium keeps an open WebSocket when it goes offline; the page drops it on the browser's
    // "offline" event, so the save line must say so at once (not after a 30 s watchdog).
    await annasBrowser.setOffline(true);
    await expect.poll(() => saveStateOf(anna.page)).toBe("offline-local");
    await expect.poll(() => announcement(anna.page)).toContain("Ihre Eingaben werden auf diesem Gerät gesichert.");
    await typeAtEnd(anna.page, OFFLINE_TEXT);
    await expect.poll(() => saveStateOf(anna.page)).toBe("offline-local");
    expect(await saveStatus(anna.page).textContent()).toBe("Verbindung unterbrochen · offline – lokal gesichert");

    // The lid closes (no "leave page?" question, no chance to send anything), the outage goes on.
    await anna.page.close();
    const endOutage = await refuseCollaborationSockets(annasBrowser);
    await annasBrowser.setOffline(false);
    const reopened = await annasBrowser.newPage();
    await reopened.goto(`${server.url}${TRACK_PATH}`);

    // The text comes back from this device alone: the server has never seen it.
    await expect.poll(() => editorText(reopened)).toContain(OFFLINE_TEXT);
    expect(await storedText()).not.toContain(OFFLINE_TEXT);
    // A socket that never opens is called what it is, instead of "connecting" for ever.
    await expect.poll(() => saveStateOf(reopened)).toBe("blocked");
    expect(await saveStatus(reopened).textContent()).toContain("Ihre Eingaben bleiben auf diesem Gerät gespeichert.");

    endOutage();
    await expect.poll(() => saveStateOf(reopened)).toBe("saved");
    await expect.poll(() => announcement(reopened)).toBe("Die Verbindung zum Server ist wieder da.");
    expect(await reopened.locator(".save-confirmed-at").textContent()).toMatch(
      /^Auf dem Server, zuletzt bestätigt \d{2}:\d{2}:\d{2}$/,
    );
    await expect.poll(() => editorText(ben.page)).toContain(OFFLINE_TEXT);

    for (const page of [reopened, ben.page]) {
      const text = await editorText(page);
      expect(occurrences(text, OFFLINE_TEXT)).toBe(1);
      // The structure came from the server once; the local copy merged into it instead of adding its own.
      expect(await page.getByRole("heading", { name: "Problemfelder" }).count()).toBe(1);
    }
    const stored = await storedText();
    expect(occurrences(stored, OFFLINE_TEXT)).toBe(1);
    expect(occurrences(stored, "Problemfelder")).toBe(1);
  });

  it("A track page that was open once reloads offline, with the text typed offline in the editor", async () => {
    const { page, problems } = await participant("Dora Dezernentin");
    await typeAtEnd(page, "Akten liegen in drei Gebäuden.");
    await expect.poll(() => saveStateOf(page)).toBe("saved");
    // The service worker has kept this page (it came before the worker ran, so the page asked it to).
    await expect.poll(() => keptPages(page)).toEqual([TRACK_PATH]);
    // And every module of the app, not only those this page has loaded so far: the panels' resource
    // routes are loaded when they first fetch, which may be after the page asked.
    await expect.poll(() => modulesNotKept(page)).toEqual([]);
    await page.context().setOffline(true);
    await expect.poll(() => saveStateOf(page)).toBe("offline-local");
    const typedOffline = "Die Poststelle scannt nur dienstags, notiert ohne Netz.";
    await typeAtEnd(page, typedOffline);
    // Stored on this device (the state says so only once every keystroke is committed to IndexedDB).
    await expect.poll(() => saveStateOf(page)).toBe("offline-local");
    await page.reload();
    // Not the browser's error page: the track page, its editor, the text from this device. (Counted, not
    // read: reading the editor would wait for it without end if it never came.)
    await expect.poll(() => trackEditor(page).count()).toBe(1);
    await expect.poll(() => editorText(page)).toContain(typedOffline);
    expect(await editorText(page)).toContain("Akten liegen in drei Gebäuden.");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(
      "Digitalisierung interner Verwaltungsabläufe",
    );
    // And the page knows that it is offline: it says so, not "connecting" for as long as the outage lasts.
    await expect.poll(() => saveStateOf(page)).toBe("offline-local");
    await typeAtEnd(page, " Weiter ohne Netz.");
    await expect.poll(() => editorText(page)).toContain("Weiter ohne Netz.");

    // Every module the page needed offline was kept, the panels' resource routes too: none failed to load
    // (React Router would reload the page, and offline that again and again).
    expect(problems.filter((text) => /route module|dynamically imported/.test(text))).toEqual([]);

    // Back online, what was typed offline reaches the server.
    await page.context().setOffline(false);
    await expect.poll(() => storedText()).toContain("Weiter ohne Netz.");
  });

  it("A second person who joins in the same browser without logging out gets none of the first one's kept pages", async () => {
    const { page } = await participant("Erik Erster");
    await expect.poll(() => keptPages(page)).toEqual([TRACK_PATH]);
    // Someone else joins on this laptop, the first person never logged out.
    await joinInBrowser(page, server.url, "Frida Folgende");
    await expect.poll(() => keptPages(page)).toEqual([]);
    // Frida's own visit is kept again.
    await page.goto(`${server.url}${TRACK_PATH}`);
    await expect.poll(() => keptPages(page)).toEqual([TRACK_PATH]);
  });

  it("Logging out deletes the local copy, which is kept per person and document", async () => {
    const { page } = await participant("Clara Chefin");
    await typeAtEnd(page, "Aktenzeichen werden doppelt vergeben.");
    await expect.poll(() => saveStateOf(page)).toBe("saved");
    // Typing while connected is never read out ("wird gesendet", "gespeichert" change with every key).
    expect(await announcement(page)).toBe("");
    const clara = fromDatabase((db) =>
      db.select().from(participants).where(eq(participants.displayName, "Clara Chefin")).get(),
    );
    const copies = (await localDatabases(page)).filter((name) => name.startsWith("fahrplan:"));
    expect(copies).toEqual([`fahrplan:${clara?.id}:${trackDocumentName()}`]);

    await expect.poll(() => keptPages(page)).toEqual([TRACK_PATH]);

    await page.getByRole("button", { name: "Abmelden" }).click();
    await page.waitForURL(`${server.url}/`);
    await expect
      .poll(async () => (await localDatabases(page)).filter((name) => name.startsWith("fahrplan:")))
      .toEqual([]);
    // The pages kept for reloading offline show one person's view: they go with the session.
    await expect.poll(() => keptPages(page)).toEqual([]);
  });
});
