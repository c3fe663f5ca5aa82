import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../db/client";
import { findTrack } from "../../db/queries/tracks";
import { newPerson, saveStatus, trackEditor } from "../support/browser-session";
import { CollabClient } from "../support/collab-client";
import { e2eEnvironment } from "../support/e2e-environment";
import { joinEvent, logIn, postForm, TEST_ADMIN, TEST_JOIN_CODE } from "../support/http-session";
import { tabTo } from "../support/keyboard";

const EVENT_SLUG = "thueringer-e-government-kongress-2018";
const TRACK_TITLE = "Gesetz und Regelungen";
const TRACK_SLUG = "gesetz-und-regelungen";
const TRACK_PATH = `/events/${EVENT_SLUG}/tracks/${TRACK_SLUG}`;
/** A track nobody else of this file opens, so that who is present is known exactly. */
const QUIET_TRACK_SLUG = "it-infrastruktur";
const QUIET_TRACK_PATH = `/events/${EVENT_SLUG}/tracks/${QUIET_TRACK_SLUG}`;
const PROBLEM = "Förderanträge für Kommunen sind zu kompliziert.";
const STEP = "Ein Formular für alle Förderprogramme.";

const e2e = e2eEnvironment();
const { server } = e2e;

/** The track's voting is open before anyone arrives, as a moderator opens it in the Abstimmen phase. */
beforeAll(async () => {
  const admin = await logIn(server.url, TEST_ADMIN.email, TEST_ADMIN.password);
  const response = await postForm(
    server.url,
    `${TRACK_PATH}/votes`,
    { intent: "settings", budget: "5", maxPerItem: "2", open: "on" },
    { cookie: admin },
  );
  if (response.status !== 200) throw new Error(`opening the voting failed: ${response.status}`);
});

/** The name of the track's live document, from the database next to the running server. */
function trackDocumentName(slug: string): string {
  const db = openDatabase(e2e.databasePath);
  try {
    const track = findTrack(db, EVENT_SLUG, slug);
    if (!track) throw new Error("track missing");
    return track.documentName;
  } finally {
    db.$client.close();
  }
}

function block(page: Page, kind: "problem" | "step", text: string) {
  return page.locator(`section.contribution-${kind}`, { hasText: text });
}

function votingPanel(page: Page) {
  return page.locator("section.voting-panel");
}

describe("Keyboard and screen reader use", () => {
  it("A participant joins, writes a problem and a step, and votes, with the keyboard only and the focus always visible", async () => {
    const { page } = await newPerson(e2e.browser);
    await page.goto(`${server.url}/join`);

    // Joining: the code, the name, Enter.
    await tabTo(page, page.getByLabel("Code der Veranstaltung"));
    await page.keyboard.type(TEST_JOIN_CODE);
    await tabTo(page, page.getByLabel("Ihr Name"));
    await page.keyboard.type("Tina Tastatur");
    await page.keyboard.press("Enter");
    await page.waitForURL(`${server.url}/`);

    // Opening the track from the list of workshops.
    await tabTo(page, page.getByRole("link", { name: new RegExp(TRACK_TITLE) }));
    await page.keyboard.press("Enter");
    await page.waitForURL(`${server.url}${TRACK_PATH}`);
    await expect.poll(() => saveStatus(page).getAttribute("data-state")).toBe("saved");

    // A problem with the shortcut in the editor.
    await tabTo(page, trackEditor(page));
    await page.keyboard.press("Control+End");
    await page.keyboard.press("Control+Alt+1");
    await page.keyboard.type(PROBLEM);
    await expect.poll(() => block(page, "problem", PROBLEM).count()).toBe(1);

    // A step through the plain form below the editor, linked to the problem.
    await tabTo(page, page.getByLabel("Text des Lösungsschritts"));
    await page.keyboard.type(STEP);
    await tabTo(page, page.getByRole("checkbox", { name: PROBLEM }));
    await page.keyboard.press("Space");
    await tabTo(page, page.getByRole("button", { name: "Lösungsschritt hinzufügen" }));
    await page.keyboard.press("Enter");
    await expect.poll(() => block(page, "step", STEP).textContent()).toContain(`„${PROBLEM}“`);
    await expect.poll(() => saveStatus(page).getAttribute("data-state")).toBe("saved");

    // Voting: the panel lists the problem once the server has read it from the document.
    const addVote = votingPanel(page).getByRole("button", { name: `Stimme für „${PROBLEM}“ vergeben` });
    await expect.poll(() => addVote.count(), { timeout: 20_000 }).toBe(1);
    await tabTo(page, addVote);
    await page.keyboard.press("Enter");
    await expect.poll(() => votingPanel(page).textContent()).toContain("Sie haben noch 4 von 5 Stimmen.");
    await page.keyboard.press("Space");
    await expect.poll(() => votingPanel(page).textContent()).toContain("Sie haben noch 3 von 5 Stimmen.");
    await page.context().close();
  });

  it("A screen reader hears who else is in the document as a short summary", async () => {
    const { page } = await newPerson(e2e.browser);
    const code = new URLSearchParams({ code: TEST_JOIN_CODE, redirectTo: QUIET_TRACK_PATH });
    await page.goto(`${server.url}/join?${code}`);
    await tabTo(page, page.getByLabel("Ihr Name"));
    await page.keyboard.type("Sina Screenreader");
    await page.keyboard.press("Enter");
    await page.waitForURL(`${server.url}${QUIET_TRACK_PATH}`);
    const summary = (text: string) => page.getByRole("status").filter({ hasText: text });
    await expect.poll(() => summary("Außer Ihnen ist gerade niemand im Dokument.").count()).toBe(1);

    const colleague = new CollabClient(
      server.url,
      trackDocumentName(QUIET_TRACK_SLUG),
      await joinEvent(server.url, "Kai Kollege"),
      "Kai Kollege",
    );
    try {
      await colleague.whenSynced();
      await expect.poll(() => summary("Außer Ihnen ist 1 weitere Person im Dokument.").count()).toBe(1);
    } finally {
      colleague.destroy();
    }
    await expect.poll(() => summary("Außer Ihnen ist gerade niemand im Dokument.").count()).toBe(1);
    await page.context().close();
  });
});
