import type { Browser, Page } from "playwright-core";
import { TEST_ADMIN, TEST_JOIN_CODE } from "./http-session";

/**
 * A person's own browser profile (a fresh context) with a page. Console errors and failed requests are
 * collected, so that a test can assert that nothing broke silently (a script blocked by the CSP, say).
 */
export async function newPerson(browser: Browser): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  return { page, problems };
}

/** Logs in through the login form (the seeded admin unless told otherwise) and waits to be let in. */
export async function logInInBrowser(
  page: Page,
  baseUrl: string,
  account: { email: string; password: string } = TEST_ADMIN,
): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel("E-Mail-Adresse").fill(account.email);
  await page.getByLabel("Passwort").fill(account.password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

/** Joins through the join form, as a participant would with the code from the flyer. */
export async function joinInBrowser(
  page: Page,
  baseUrl: string,
  displayName: string,
  options: { redirectTo?: string; organisation?: string } = {},
): Promise<void> {
  const query = new URLSearchParams({
    code: TEST_JOIN_CODE,
    ...(options.redirectTo ? { redirectTo: options.redirectTo } : {}),
  });
  await page.goto(`${baseUrl}/join?${query}`);
  await page.getByLabel("Ihr Name").fill(displayName);
  if (options.organisation) await page.getByLabel("Ihre Organisation (freiwillig)").fill(options.organisation);
  await page.getByRole("button", { name: "Beitreten" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/join"));
}

export function trackEditor(page: Page) {
  return page.getByRole("textbox", { name: /Gemeinsames Dokument/ });
}

/** The editor's text without the other people's caret labels (which sit inside the text in the DOM). */
export async function editorText(page: Page): Promise<string> {
  return trackEditor(page).evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    for (const caret of copy.querySelectorAll(".collaboration-carets__caret")) caret.remove();
    return copy.textContent ?? "";
  });
}

export async function typeAtEnd(page: Page, text: string): Promise<void> {
  await trackEditor(page).click();
  await page.keyboard.press("Control+End");
  await page.keyboard.type(text);
}

/** The line that says whether this person's text is stored ("Verbunden · gespeichert (Server)", …). */
export function saveStatus(page: Page) {
  return page.locator(".save-status");
}

/** Waits until the editor has the keyboard focus (after a toolbar click, before typing). */
export async function whenEditorFocused(page: Page): Promise<void> {
  await page.waitForFunction(() => document.activeElement?.closest(".ProseMirror") !== null);
}
