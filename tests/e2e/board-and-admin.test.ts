import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { trackDocumentName } from "../../shared/document-name";
import { CollabClient } from "../support/collab-client";
import { e2eEnvironment } from "../support/e2e-environment";
import { joinEvent, logIn, TEST_ADMIN } from "../support/http-session";
import { visitorContext } from "../support/page-audit";

/**
 * The board and the admin pages on a laptop (issue #14.5, #14.7): nothing wider than the window at 1280
 * and 1024 px with the forms open; the selection bar covers no focused row; the join code comes first;
 * readable join links with a copy button; handouts in a new tab; confirmation before what is hard to take
 * back; and a message after every action that says what was done.
 */

const e2e = e2eEnvironment();
const { server } = e2e;
const WIDTHS = [1280, 1024];
const TEXTS = Array.from(
  { length: 8 },
  (_, index) => `Problemfeld ${index + 1}: Die Fachverfahren der Landkreise haben keine Schnittstelle zum Portal.`,
);
let adminCookie: string;
let eventId: string;
let writer: CollabClient;

beforeAll(async () => {
  const db = new Database(e2e.databasePath, { readonly: true });
  const track = db.prepare("SELECT id, event_id AS eventId FROM tracks WHERE slug = 'ozg'").get() as {
    id: string;
    eventId: string;
  };
  db.close();
  eventId = track.eventId;
  writer = new CollabClient(server.url, trackDocumentName(track.id), await joinEvent(server.url, "Paula Praxis"));
  await writer.whenSynced();
  for (const text of TEXTS) writer.addContribution("problem", randomUUID(), text);
  adminCookie = await logIn(server.url, TEST_ADMIN.email, TEST_ADMIN.password);
});

afterAll(() => writer?.destroy());

async function asAdmin(width: number): Promise<{ context: BrowserContext; page: Page }> {
  const context = await visitorContext(e2e.browser, server.url, adminCookie, "de");
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 800 });
  return { context, page };
}

function tooWide(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** Whether the element is what the window shows at its centre: on screen, and covered by nothing. */
function uncovered(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((css) => {
    const element = document.querySelector(css);
    if (!element) return false;
    const box = element.getBoundingClientRect();
    const seen = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return seen !== null && (element === seen || element.contains(seen) || seen.contains(element));
  }, selector);
}

describe.each(WIDTHS)("at %i px", (width) => {
  it("the board fits with the reject and duplicate forms open; the selection bar hides no focused row", async () => {
    const { context, page } = await asAdmin(width);
    await page.goto(`${server.url}/moderation/board?event=${encodeURIComponent(eventId)}`);
    const rows = page.getByRole("checkbox", { name: /^Auswählen: Problemfeld/ });
    await expect
      .poll(async () => {
        if ((await rows.count()) < TEXTS.length) await page.reload();
        return rows.count();
      })
      .toBe(TEXTS.length);
    await page.getByText("Ablehnen oder als Duplikat markieren").first().click();
    expect(await tooWide(page)).toBeLessThanOrEqual(0);
    for (const control of [
      page.getByLabel("Begründung der Ablehnung"),
      page.getByRole("button", { name: "Als Duplikat markieren" }),
    ]) {
      const box = await control.boundingBox();
      expect(box && box.x + box.width).toBeLessThanOrEqual(width);
    }

    // Two ticked: the bar stays at the foot of the window; Tab through the rows, none focused behind it.
    await rows.nth(0).check();
    await rows.nth(1).check();
    const bar = page.locator(".board-selection");
    await expect.poll(() => bar.textContent()).toContain("2 Beiträge ausgewählt");
    await rows.nth(1).focus();
    for (let row = 2; row < TEXTS.length; row++) {
      await rows.nth(row).focus();
      const id = await rows.nth(row).getAttribute("value");
      expect(await uncovered(page, `input[value="${id}"]`), `row ${row + 1}`).toBe(true);
    }
    const barBox = await bar.boundingBox();
    expect(barBox && barBox.y + barBox.height).toBeLessThanOrEqual(800);
    await rows.nth(7).uncheck();

    // What was done is said, wherever the moderator is on the page.
    await bar.getByRole("button", { name: "Als Eintrag übernehmen" }).click();
    const done = page.locator(".done-message");
    await expect.poll(() => done.textContent()).toContain("Als neuer Eintrag in den Fahrplan übernommen.");
    expect(await uncovered(page, ".done-message p")).toBe(true);
    await page.getByRole("button", { name: "Letzte Aktion rückgängig machen" }).click();
    await expect.poll(() => done.textContent()).toContain("Die letzte Aktion ist rückgängig gemacht.");
    await context.close();
  });

  it("the admin pages put the join code first, with readable links to copy, and say what was done", async () => {
    const { context, page } = await asAdmin(width);
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
    await page.goto(`${server.url}/admin/events/${encodeURIComponent(eventId)}`);
    expect(await tooWide(page)).toBeLessThanOrEqual(0);
    const joinHeading = page.getByRole("heading", { name: "Code zum Beitreten" });
    expect((await joinHeading.boundingBox())?.y).toBeLessThan(800);
    const code = page.locator(".admin-current-code");
    expect((await code.boundingBox())?.y).toBeLessThan(800);

    const ozgLink = page.locator(".admin-join-link").first();
    expect(await ozgLink.textContent()).toMatch(/\/join\?code=\w+&redirectTo=\/events\/[\w-]+\/tracks\/ozg$/);
    await page
      .getByRole("button", { name: /^Link kopieren/ })
      .first()
      .click();
    await expect.poll(() => page.getByText("Der Link ist in der Zwischenablage.").count()).toBe(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await ozgLink.getAttribute("href"));
    const handouts = page.getByRole("link", { name: /Handzettel/ });
    for (const target of await handouts.evaluateAll((links) => links.map((link) => link.getAttribute("target")))) {
      expect(target).toBe("_blank");
    }

    // Renewing the code asks first; declined, the code stays.
    const before = await code.textContent();
    const questions: string[] = [];
    page.once("dialog", (dialog) => {
      questions.push(dialog.message());
      void dialog.dismiss();
    });
    await page.getByRole("button", { name: "Code erneuern" }).click();
    expect(questions[0]).toContain("Den Code wirklich erneuern?");
    await page.reload();
    expect(await code.textContent()).toBe(before);

    // The moderators' page: creating an account is confirmed; withdrawing rights asks, then is confirmed.
    await page.goto(`${server.url}/admin/moderators`);
    expect(await tooWide(page)).toBeLessThanOrEqual(0);
    const name = `Mona Moderation ${width}`;
    await page.getByLabel("E-Mail-Adresse").fill(`mona-${width}@fahrplan.test`);
    await page.getByLabel("Name", { exact: true }).fill(name);
    await page.getByLabel("Anfangspasswort").fill("ein-langes-anfangspasswort");
    await page.getByRole("button", { name: "Konto anlegen" }).click();
    const done = page.locator(".done-message");
    await expect.poll(() => done.textContent()).toContain(`Das Moderationskonto für ${name} ist angelegt.`);
    page.once("dialog", (dialog) => {
      questions.push(dialog.message());
      void dialog.accept();
    });
    await page.getByRole("button", { name: new RegExp(`^Rechte entziehen.*${name}`) }).click();
    await expect.poll(() => done.textContent()).toContain(`${name} hat keine Moderationsrechte mehr.`);
    expect(questions[1]).toContain(`${name} wirklich alle Moderationsrechte entziehen?`);
    await context.close();
  });
});
