import { mkdirSync } from "node:fs";
import Database from "better-sqlite3";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  editorText,
  joinInBrowser,
  newPerson,
  saveStatus,
  typeAtEnd,
  whenEditorFocused,
} from "../support/browser-session";
import { e2eEnvironment } from "../support/e2e-environment";
import { TEST_ADMIN } from "../support/http-session";

const TRACK_PATH = "/events/thueringer-e-government-kongress-2018/tracks/interne-ablaeufe";
const FIRST = "Erster Stand: Eingangspost zentral scannen.";
const SECOND = "Zweiter Stand: doch lieber dezentral.";
/** Screenshots for the Leitfaden für Moderierende, only when asked for (normal runs leave docs/ alone). */
const SCREENSHOTS = process.env.FAHRPLAN_SCREENSHOTS === "1" ? "docs/leitfaden" : null;

const e2e = e2eEnvironment();
const { server } = e2e;

async function screenshot(page: Page, name: string): Promise<void> {
  if (!SCREENSHOTS) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
}

async function participantWriting(): Promise<Page> {
  const { page } = await newPerson(e2e.browser);
  await joinInBrowser(page, server.url, "Paula Teilnehmerin", { redirectTo: TRACK_PATH });
  await expect.poll(() => saveStatus(page).textContent()).toBe("Verbunden · gespeichert (Server)");
  return page;
}

async function moderatorOnHistoryPage(): Promise<{ page: Page; problems: string[] }> {
  const person = await newPerson(e2e.browser);
  const { page } = person;
  await page.goto(`${server.url}/login`);
  await page.getByLabel("E-Mail-Adresse").fill(TEST_ADMIN.email);
  await page.getByLabel("Passwort").fill(TEST_ADMIN.password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await page.waitForURL(`${server.url}/admin`);
  await page.goto(`${server.url}${TRACK_PATH}`);
  await page.getByRole("link", { name: "Verlauf und Wiederherstellung" }).click();
  await page.waitForURL(`${server.url}${TRACK_PATH}/history`);
  return person;
}

async function saveSnapshot(page: Page, name: string): Promise<void> {
  await page.getByLabel("Name (freiwillig)").fill(name);
  await page.getByRole("button", { name: "Stand speichern" }).click();
  await expect
    .poll(() => page.locator(".history-status").textContent())
    .toContain(`Der Stand „${name}“ ist gespeichert.`);
}

/** The problems of the track that are in its document, from the read model in the server's database. */
function liveProblems(): { id: string; text: string }[] {
  const db = new Database(e2e.databasePath, { readonly: true });
  try {
    return db
      .prepare("select id, text from contributions where kind = 'problem' and deleted_at is null order by position")
      .all() as { id: string; text: string }[];
  } finally {
    db.close();
  }
}

const shownSnapshot = (page: Page) =>
  page.getByRole("article", { name: "Inhalt des gespeicherten Stands (nur lesen)" });

describe("Moderators go back to an earlier state of a track document", () => {
  it("saves a state, views and compares it on the time slider, restores it live, and undoes that", async () => {
    const participant = await participantWriting();
    await participant.getByRole("button", { name: "+ Problemfeld" }).click();
    await whenEditorFocused(participant);
    await participant.keyboard.type(FIRST);
    await expect.poll(() => saveStatus(participant).textContent()).toBe("Verbunden · gespeichert (Server)");
    await expect.poll(() => liveProblems().map((row) => row.text)).toEqual([FIRST]);
    const problemId = liveProblems()[0]?.id;

    const { page: moderator, problems } = await moderatorOnHistoryPage();
    await saveSnapshot(moderator, "Vor der Pause");

    await typeAtEnd(participant, ` ${SECOND}`);
    await expect.poll(() => saveStatus(participant).textContent()).toBe("Verbunden · gespeichert (Server)");
    await saveSnapshot(moderator, "Nach der Pause");
    await expect.poll(() => shownSnapshot(moderator).textContent()).toContain(SECOND);

    // The slider, by keyboard: one step back is the state before the break.
    const slider = moderator.getByRole("slider", { name: "Gespeicherter Stand" });
    await slider.focus();
    await moderator.keyboard.press("ArrowLeft");
    await expect.poll(() => slider.getAttribute("aria-valuetext")).toContain("Vor der Pause");
    // The later snapshot holds FIRST as well: wait for the one without SECOND, not merely one with FIRST.
    await expect
      .poll(async () => {
        const shown = (await shownSnapshot(moderator).textContent()) ?? "";
        return shown.includes(FIRST) && !shown.includes(SECOND);
      })
      .toBe(true);

    await moderator.getByRole("link", { name: "Vergleichen mit jetzt" }).click();
    const comparison = moderator.getByRole("region", { name: "Vergleich mit dem aktuellen Stand" });
    await expect.poll(() => comparison.locator("ins").allTextContents()).toContain(`eingefügt: ${SECOND}`);
    await screenshot(moderator, "history-compare");

    await moderator.getByText("Diesen Stand wiederherstellen …").click();
    await moderator.getByRole("button", { name: "Ja, wiederherstellen" }).click();
    await expect
      .poll(() => moderator.locator(".history-status").textContent())
      .toContain("Der Stand „Vor der Pause“ ist wiederhergestellt.");
    // The participant's open editor shows the restored text at once.
    await expect.poll(() => editorText(participant)).not.toContain(SECOND);
    expect(await editorText(participant)).toContain(FIRST);
    // The problem came back as the same contribution (same id), not as a new one.
    await expect.poll(() => liveProblems()).toEqual([{ id: problemId, text: FIRST }]);
    await screenshot(moderator, "history-restored");

    await moderator.getByRole("button", { name: "Wiederherstellung rückgängig machen" }).click();
    await expect
      .poll(() => moderator.locator(".history-status").textContent())
      .toContain("Die Wiederherstellung ist rückgängig gemacht.");
    await expect.poll(() => editorText(participant)).toContain(SECOND);
    expect(problems).toEqual([]);
  });
});
