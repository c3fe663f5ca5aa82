import type { Browser, Page } from "playwright-core";
import { expect } from "vitest";
import { joinInBrowser, newPerson, saveStatus, whenEditorFocused } from "./browser-session";

/** The saved line once everything this person typed is stored. */
const SAVED = "Verbunden · gespeichert (Server)";

/** A participant who joined and opened a track, connected and with nothing unsaved. */
export async function participantIn(browser: Browser, baseUrl: string, trackPath: string, name: string): Promise<Page> {
  const { page } = await newPerson(browser);
  await joinInBrowser(page, baseUrl, name, { redirectTo: trackPath });
  await expect.poll(() => saveStatus(page).textContent()).toBe(SAVED);
  return page;
}

/** Adds a contribution with the toolbar's button (after what is there) and waits until it is stored. */
export async function addWithToolbar(page: Page, text: string, button = "+ Problemfeld"): Promise<void> {
  await page.getByRole("button", { name: button }).click();
  await whenEditorFocused(page);
  await page.keyboard.type(text);
  await expect.poll(() => saveStatus(page).textContent()).toBe(SAVED);
}
