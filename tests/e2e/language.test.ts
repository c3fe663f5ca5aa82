import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { newPerson } from "../support/browser-session";
import { e2eEnvironment } from "../support/e2e-environment";
import { TEST_JOIN_CODE } from "../support/http-session";

const TRACK_PATH = "/events/thueringer-e-government-kongress-2018/tracks/it-infrastruktur";

const e2e = e2eEnvironment();
const { server } = e2e;

function pageLanguage(page: Page): Promise<string | null> {
  return page.locator("html").getAttribute("lang");
}

/** The `lang` cookies an answer sets (the visitor cookie comes along with every first answer). */
function languageCookies(response: Response): string[] {
  return response.headers.getSetCookie().filter((cookie) => cookie.startsWith("lang="));
}

/** Presses a button of the language switch and waits for the page it sends back to. */
async function switchTo(page: Page, language: "English" | "Deutsch"): Promise<void> {
  const switchForm = page.locator("form.language-switch");
  await Promise.all([
    page.waitForNavigation(),
    switchForm.getByRole("button", { name: language, exact: true }).click(),
  ]);
}

describe("Choosing the language", () => {
  it("A visitor switches to English; it stays English on every page and after a reload, and back to German", async () => {
    const { page, problems } = await newPerson(e2e.browser);
    await page.goto(`${server.url}/`);
    expect(await pageLanguage(page)).toBe("de");
    await expect.poll(() => page.getByRole("link", { name: "Mit Code beitreten" }).count()).toBe(1);

    await switchTo(page, "English");
    expect(new URL(page.url()).pathname).toBe("/");
    expect(await pageLanguage(page)).toBe("en");
    await expect.poll(() => page.getByRole("link", { name: "Join with a code" }).count()).toBe(1);
    expect(await page.getByRole("button", { name: "English", exact: true }).getAttribute("aria-pressed")).toBe("true");
    expect(await page.getByRole("contentinfo").getByRole("link", { name: "Privacy" }).count()).toBe(1);

    // A wrong code is refused in English.
    await page.goto(`${server.url}/join?redirectTo=${encodeURIComponent(TRACK_PATH)}`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Join an event");
    expect(await page.title()).toBe("Join an event – Fahrplan");
    await page.getByLabel("Event code").fill("AAAAA-AAAAA");
    await page.getByLabel("Your name").fill("Karla Kommune");
    await page.getByRole("button", { name: "Join", exact: true }).click();
    await expect.poll(() => page.getByText("This code is not valid. Please check it.").count()).toBe(1);
    expect(await pageLanguage(page)).toBe("en");

    // Joining with the right code leads to the track, in English, also after a reload.
    await page.getByLabel("Event code").fill(TEST_JOIN_CODE);
    await page.getByRole("button", { name: "Join", exact: true }).click();
    await page.waitForURL((url) => url.pathname === TRACK_PATH);
    await expect.poll(() => page.getByRole("heading", { name: "Present" }).count()).toBe(1);
    await page.reload();
    expect(await pageLanguage(page)).toBe("en");
    await expect.poll(() => page.getByRole("heading", { name: "Present" }).count()).toBe(1);

    // Back to German, on the same page.
    await switchTo(page, "Deutsch");
    expect(new URL(page.url()).pathname).toBe(TRACK_PATH);
    expect(await pageLanguage(page)).toBe("de");
    await expect.poll(() => page.getByRole("heading", { name: "Anwesend" }).count()).toBe(1);
    // No script error, no hydration mismatch between the server's and the browser's language. (The refused
    // join answers 400 on purpose, which the browser logs as a failed resource.)
    expect(problems.filter((problem) => !problem.startsWith("Failed to load resource"))).toEqual([]);
  });

  it("The switch works without JavaScript", async () => {
    const context = await e2e.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/join`);
    await switchTo(page, "English");
    expect(new URL(page.url()).pathname).toBe("/join");
    expect(await pageLanguage(page)).toBe("en");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Join an event");
    await context.close();
  });

  it("The switch only sends visitors back within the app, and only a POST changes the language", async () => {
    const post = await fetch(`${server.url}/language`, {
      method: "POST",
      redirect: "manual",
      headers: { Origin: server.url, "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ lang: "en", redirectTo: "//elsewhere.example/phish" }),
    });
    expect(post.status).toBe(302);
    expect(post.headers.get("location")).toBe("/");
    expect(languageCookies(post)).toEqual([expect.stringMatching(/^lang=en; Path=\/; SameSite=Lax; Max-Age=\d+$/)]);

    const get = await fetch(`${server.url}/language?lang=en`, { redirect: "manual" });
    expect(languageCookies(get)).toEqual([]);

    const foreign = await fetch(`${server.url}/language`, {
      method: "POST",
      redirect: "manual",
      headers: { Origin: "http://elsewhere.example", "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ lang: "en", redirectTo: "/" }),
    });
    expect(foreign.status).toBe(403);
    expect(languageCookies(foreign)).toEqual([]);
  });
});
