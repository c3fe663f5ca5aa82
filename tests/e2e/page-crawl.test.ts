import { existsSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { CRAWL_EVENT_SLUG, type CrawlFixture, prepareCrawl } from "../support/crawl-fixture";
import { e2eEnvironment } from "../support/e2e-environment";
import {
  foreignRequests,
  type Language,
  recordRequests,
  seriousViolations,
  visitorContext,
} from "../support/page-audit";

/**
 * Every page of the app, as each kind of visitor sees it, in each language: axe-core finds no serious or
 * critical violation of WCAG 2.1 A/AA (BITV 2.0), and no page requests anything from another host. In
 * German, every page is also looked at on a laptop and a desktop screen (issue #14): nothing is wider than
 * the window, and a screenshot of each is left in test-results/screens/ for a person to look at.
 */

const e2e = e2eEnvironment();
const { server } = e2e;
let fixture: CrawlFixture;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  fixture = await prepareCrawl(server.url, e2e.databasePath);
});

/** English joins the crawl as soon as the language switch exists (it sets the `lang` cookie). */
const LANGUAGES: Language[] = existsSync(new URL("../../app/routes/language.tsx", import.meta.url))
  ? ["de", "en"]
  : ["de"];

type Visitor = "anonymous" | "participant" | "eventModerator" | "admin" | "observer";

interface CrawledPage {
  name: string;
  path: () => string;
  /** The HTTP status the page answers with; 200 unless given. */
  status?: number;
  /** What must be on screen before the check: live parts that the browser fills in after loading. */
  ready?: (page: Page) => Promise<void>;
}

const eventQuery = () => `event=${encodeURIComponent(fixture.cast.eventId)}`;
const adminEvent = () => `/admin/events/${encodeURIComponent(fixture.cast.eventId)}`;

/** The editor is connected and shows every contribution of the fixture. */
async function documentLoaded(page: Page): Promise<void> {
  await expect.poll(() => page.locator(".ProseMirror section.contribution").count()).toBe(fixture.texts.length);
}

async function documentSaved(page: Page): Promise<void> {
  await documentLoaded(page);
  await expect.poll(() => page.locator(".save-status").getAttribute("data-state")).toBe("saved");
}

/** At least `count` editors (the track's and private drafts) are there, and every one is connected. */
function editorsConnected(count: number) {
  return async (page: Page) => {
    await expect.poll(() => page.locator(".ProseMirror").count()).toBeGreaterThanOrEqual(count);
    const states = () => page.locator(".save-status").evaluateAll((lines) => lines.map((line) => line.dataset.state));
    await expect.poll(async () => (await states()).every((state) => state === "saved")).toBe(true);
  };
}

/** The moderator's switch and list of drafts, below the connected document. */
async function privateWritingShown(page: Page): Promise<void> {
  await editorsConnected(1)(page);
  await expect.poll(() => page.locator("section.private-writing").count()).toBe(1);
}

/** Participants see the voting list with a button per contribution. */
async function votingReady(page: Page): Promise<void> {
  await documentSaved(page);
  await expect.poll(() => page.locator(".voting-list li").count()).toBe(fixture.texts.length);
}

const PAGES: Record<Visitor, CrawledPage[]> = {
  anonymous: [
    { name: "home", path: () => "/" },
    { name: "join", path: () => "/join" },
    { name: "login", path: () => "/login" },
    { name: "public Fahrplan", path: () => `/fahrplan/${CRAWL_EVENT_SLUG}` },
    { name: "privacy", path: () => "/datenschutz" },
    { name: "accessibility statement", path: () => "/barrierefreiheit" },
    { name: "own contributions, not joined", path: () => "/meine-beitraege" },
    { name: "observer link", path: () => fixture.observerPath },
    { name: "page not found", path: () => "/gibt-es-nicht", status: 404 },
  ],
  participant: [
    { name: "home", path: () => "/" },
    { name: "track", path: () => fixture.trackPath, ready: votingReady },
    { name: "track with a private draft", path: () => fixture.privateTrackPath, ready: editorsConnected(2) },
    { name: "own contributions", path: () => "/meine-beitraege" },
    { name: "closing plenary", path: () => `/events/${CRAWL_EVENT_SLUG}/plenum` },
  ],
  eventModerator: [
    { name: "moderation", path: () => "/moderation" },
    { name: "board", path: () => `/moderation/board?${eventQuery()}` },
    { name: "search", path: () => `/moderation/search?${eventQuery()}&q=Antrag` },
    { name: "Fahrplan editor and exports", path: () => `/moderation/fahrplan?${eventQuery()}` },
    { name: "version comparison", path: () => `/moderation/fahrplan/compare?${eventQuery()}&from=1&to=2` },
    { name: "publishing the next Fassung (preview)", path: () => `/moderation/fahrplan/publish?${eventQuery()}` },
    { name: "closing plenary, steered", path: () => `/events/${CRAWL_EVENT_SLUG}/plenum` },
    { name: "track with moderation controls", path: () => fixture.trackPath, ready: documentSaved },
    { name: "track with private writing", path: () => fixture.privateTrackPath, ready: privateWritingShown },
    { name: "track history", path: () => `${fixture.trackPath}/history` },
  ],
  admin: [
    { name: "administration", path: () => "/admin" },
    { name: "event", path: adminEvent },
    { name: "participants", path: () => `${adminEvent()}/participants` },
    { name: "moderators", path: () => "/admin/moderators" },
    { name: "security log", path: () => "/admin/audit" },
  ],
  observer: [
    { name: "track, read only", path: () => fixture.trackPath, ready: documentLoaded },
    { name: "projector", path: () => `${fixture.trackPath}/projector`, ready: documentLoaded },
    { name: "closing plenary on the projector", path: () => `/events/${CRAWL_EVENT_SLUG}/plenum/projector` },
  ],
};

/** A laptop and a desktop screen. */
const SCREENS = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
];
const SCREENSHOTS = fileURLToPath(new URL("../../test-results/screens/", import.meta.url));

/** How much wider than the window the page is at each screen size (none: an empty list); screenshots. */
async function lookAtScreens(page: Page, name: string): Promise<string[]> {
  const overflowing: string[] = [];
  for (const screen of SCREENS) {
    await page.setViewportSize(screen);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (overflow > 0) overflowing.push(`${screen.width}px: ${overflow}px too wide`);
    await page.screenshot({
      path: `${SCREENSHOTS}${name.replace(/[^a-z0-9]+/gi, "-")}-${screen.width}.png`,
      fullPage: true,
    });
  }
  return overflowing;
}

describe.each(LANGUAGES)("Every page is accessible and loads nothing from other hosts (language %s)", (language) => {
  it.each(Object.keys(PAGES) as Visitor[])(
    "as %s: no serious accessibility violation, no script error, no request to another host",
    async (visitor) => {
      const context = await visitorContext(e2e.browser, server.url, fixture.cast.cookies[visitor], language);
      const requests = recordRequests(context);
      const page = await context.newPage();
      const findings: Record<string, string[]> = {};
      const tooWide: Record<string, string[]> = {};
      // A script error in the browser breaks a page as surely as a missing label.
      const scriptErrors: string[] = [];
      page.on("pageerror", (error) => scriptErrors.push(`${page.url()}: ${error.message}`));
      try {
        for (const crawled of PAGES[visitor]) {
          const response = await page.goto(`${server.url}${crawled.path()}`);
          expect(response?.status(), crawled.name).toBe(crawled.status ?? 200);
          await crawled.ready?.(page);
          expect(await page.locator("html").getAttribute("lang"), crawled.name).toBe(language);
          const violations = await seriousViolations(page);
          if (violations.length > 0) findings[crawled.name] = violations;
          if (language === "de") {
            const overflowing = await lookAtScreens(page, `${visitor} ${crawled.name}`);
            if (overflowing.length > 0) tooWide[crawled.name] = overflowing;
          }
        }
      } finally {
        await context.close();
      }
      // Each kind of finding is reported, whichever fails first.
      expect.soft(findings).toEqual({});
      expect.soft(tooWide).toEqual({});
      expect.soft(requests.length).toBeGreaterThan(PAGES[visitor].length);
      expect.soft(foreignRequests(requests, server.url)).toEqual([]);
      expect.soft(scriptErrors).toEqual([]);
    },
  );
});
