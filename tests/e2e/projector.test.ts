import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PAGE_SECONDS } from "../../app/components/projector/use-presenter-paging";
import { trackDocumentName } from "../../shared/document-name";
import { CollabClient } from "../support/collab-client";
import { e2eEnvironment } from "../support/e2e-environment";
import { joinEvent, logIn, TEST_ADMIN } from "../support/http-session";
import { visitorContext } from "../support/page-audit";

/**
 * The projector is a presenter view for the wall of the room (issue #14.2): no site chrome, the document
 * in large type over most of the width, paging through a long document by itself (pausable, by hand with
 * PageDown), following new contributions.
 */

const e2e = e2eEnvironment();
const { server } = e2e;
const PROJECTOR = "/events/thueringer-e-government-kongress-2018/tracks/ozg/projector";
const TEXTS = Array.from({ length: 12 }, (_, index) =>
  index % 3 === 2
    ? `Lösungsschritt ${index + 1}: eine landesweite Übersicht, welche Leistung wer bis wann umsetzt.`
    : `Problemfeld ${index + 1}: Antragsformulare werden ausgedruckt, unterschrieben und eingescannt.`,
);
let writer: CollabClient;
let adminCookie: string;

beforeAll(async () => {
  const db = new Database(e2e.databasePath, { readonly: true });
  const track = db.prepare("SELECT id FROM tracks WHERE slug = 'ozg'").get() as { id: string };
  db.close();
  writer = new CollabClient(server.url, trackDocumentName(track.id), await joinEvent(server.url, "Paula Praxis"));
  await writer.whenSynced();
  for (const [index, text] of TEXTS.entries())
    writer.addContribution(index % 3 === 2 ? "step" : "problem", randomUUID(), text);
  adminCookie = await logIn(server.url, TEST_ADMIN.email, TEST_ADMIN.password);
});

afterAll(() => writer?.destroy());

async function openProjector(width: number, height: number): Promise<Page> {
  const context = await visitorContext(e2e.browser, server.url, adminCookie, "de");
  const page = await context.newPage();
  await page.setViewportSize({ width, height });
  // Instant scrolling, so that what is on the wall can be read as soon as a page is turned.
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.clock.install();
  await page.goto(`${server.url}${PROJECTOR}`);
  await expect.poll(() => page.locator(".ProseMirror section.contribution").count()).toBe(TEXTS.length);
  return page;
}

/** The texts of the contributions wholly on the wall: inside the document's frame and the window. */
function onTheWall(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const frame = document.querySelector(".projector-viewport")?.getBoundingClientRect();
    if (!frame) return [];
    const bottom = Math.min(frame.bottom, window.innerHeight);
    return [...document.querySelectorAll(".ProseMirror section.contribution")]
      .filter((block) => {
        const box = block.getBoundingClientRect();
        return box.top >= frame.top - 1 && box.bottom <= bottom + 1 && box.right <= window.innerWidth;
      })
      .map((block) => block.querySelector(".contribution-body")?.textContent ?? "");
  });
}

/**
 * Lets the page's clock run, a second at a time, until the page indicator reads `expected`; returns the
 * about how many seconds it took (a poll may read before the page has rendered a turn, so a few more).
 */
async function clockUntilPage(page: Page, expected: string): Promise<number> {
  let seconds = 0;
  await expect
    .poll(async () => {
      const shown = await page.locator(".projector-page").textContent();
      if (shown !== expected) {
        await page.clock.runFor(1000);
        seconds += 1;
      }
      return shown;
    })
    .toBe(expected);
  return seconds;
}

describe("the projector at the wall", () => {
  it("shows the document large, without the site's chrome, and at least 6 of 12 contributions at 1920×1080", async () => {
    const page = await openProjector(1920, 1080);
    expect(await page.locator(".site-header, .site-footer").count()).toBe(0);
    expect(await page.getByRole("button", { name: "Abmelden" }).count()).toBe(0);
    expect(await page.getByText(/zuletzt bestätigt/).isVisible()).toBe(false);
    const layout = await page.evaluate(() => ({
      overflow: document.documentElement.scrollWidth - window.innerWidth,
      pageScroll: document.documentElement.scrollHeight - window.innerHeight,
      bodyText: Number.parseFloat(getComputedStyle(document.querySelector(".contribution-body p") as Element).fontSize),
      documentWidth: (document.querySelector(".projector-document") as Element).getBoundingClientRect().width,
    }));
    expect(layout.overflow).toBeLessThanOrEqual(0);
    expect(layout.pageScroll).toBeLessThanOrEqual(0);
    expect(layout.bodyText).toBeGreaterThanOrEqual(28);
    expect(layout.documentWidth).toBeGreaterThan(1920 * 0.6);
    expect((await onTheWall(page)).length).toBeGreaterThanOrEqual(6);
    // The wall is not in the list of who is there (hidden here, read by screen readers): Paula is, and
    // the list must not claim that nobody else is (issue #14.6).
    await expect.poll(() => page.locator(".presence ul").textContent()).toContain("Paula Praxis");
    expect(await page.locator(".presence .hint").count()).toBe(0);
    await expect
      .poll(() => page.locator(".presence [role=status]").textContent())
      .toBe("Außer Ihnen ist 1 weitere Person im Dokument.");
    await page.context().close();
  });

  it("pages through every contribution by itself, holds the page when paused, and turns it with PageDown", async () => {
    const page = await openProjector(1280, 720);
    const pages = Number((await page.locator(".projector-page").textContent())?.match(/von (\d+)/)?.[1]);
    expect(pages).toBeGreaterThan(1);
    const seen = new Set(await onTheWall(page));
    for (let turn = 1; turn < pages; turn++) {
      expect(await clockUntilPage(page, `Seite ${turn + 1} von ${pages}`)).toBeLessThanOrEqual(PAGE_SECONDS * 2);
      for (const text of await onTheWall(page)) seen.add(text);
    }
    expect([...seen].sort()).toEqual([...TEXTS].sort());
    // After the last page, the first again.
    expect(await clockUntilPage(page, `Seite 1 von ${pages}`)).toBeLessThanOrEqual(PAGE_SECONDS * 2);

    const pause = page.getByRole("button", { name: "Blättern anhalten" });
    await pause.click();
    expect(await pause.getAttribute("aria-pressed")).toBe("true");
    const held = await onTheWall(page);
    await page.clock.runFor(PAGE_SECONDS * 3000);
    expect(await onTheWall(page)).toEqual(held);
    await page.keyboard.press("PageDown");
    await expect.poll(() => page.locator(".projector-page").textContent()).toBe(`Seite 2 von ${pages}`);
    await page.context().close();
  });

  it("follows a new contribution to its page", async () => {
    const page = await openProjector(1280, 720);
    expect(await page.locator(".projector-page").textContent()).toMatch(/^Seite 1 von/);
    const latest = "Problemfeld 13: Die Bezahlung im Portal fehlt.";
    writer.addContribution("problem", randomUUID(), latest);
    await expect.poll(() => onTheWall(page)).toContain(latest);
    await page.context().close();
  });
});
