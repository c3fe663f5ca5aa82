import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../db/client";
import { joinInBrowser, newPerson } from "../support/browser-session";
import { e2eEnvironment } from "../support/e2e-environment";
import { TEST_ADMIN } from "../support/http-session";
import { seedDraft } from "../support/seed-draft";

/**
 * The closing plenary in Chromium (issue #15): two participants and a moderator run it on a draft of three
 * entries; voices, a comment and its answer, an entry edited while it runs, closing, and Fassung 1.0
 * published from it with a note; the public page shows the results and the annex.
 */

const EVENT = "thueringer-e-government-kongress-2018";
const PLENARY = `/events/${EVENT}/plenum`;
const FIRST = "Nutzerkonto Bund und Servicekonto Thüringen sind nicht verknüpft.";
const SECOND = "Kommunale Rechenzentren sind unterschiedlich ausgestattet.";
const THIRD = "Medienbrüche zwischen E-Akte und Fachverfahren.";
const REJECTED = "Eine eigene Thüringer Cloud für alle Kommunen bauen.";
const REASON = "Zuständigkeit liegt beim IT-Dienstleister des Landes.";
const NEW_TITLE = "Nutzerkonten von Bund und Land verknüpfen";
const COMMENT = "Die Kommunen müssen beim Single Sign-on mitreden.";
const ANSWER = "Wir nehmen die Kommunen als Mitzuständige auf.";

const e2e = e2eEnvironment();
const { server } = e2e;

/** The draft: three entries from the OZG track, and one contribution rejected with a reason. */
function seedPlenaryDraft(): void {
  const db = openDatabase(e2e.databasePath);
  seedDraft(db, [FIRST, SECOND, THIRD], { text: REJECTED, reason: REASON });
  db.$client.close();
}

function entryIn(page: Page, title: string) {
  return page.locator(".plenary-entry").filter({ has: page.getByRole("heading", { name: title }) });
}

async function logInAsModerator(page: Page): Promise<void> {
  await page.goto(`${server.url}/login`);
  await page.getByLabel("E-Mail-Adresse").fill(TEST_ADMIN.email);
  await page.getByLabel("Passwort").fill(TEST_ADMIN.password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await page.waitForURL(`${server.url}/admin`);
}

describe("The congress records the Fahrplan together in the closing plenary", () => {
  it("runs a plenary, answers a comment, edits an entry live, closes it and publishes Fassung 1.0", async () => {
    seedPlenaryDraft();
    const { page: moderator } = await newPerson(e2e.browser);
    await logInAsModerator(moderator);
    await moderator.goto(`${server.url}${PLENARY}`);
    await moderator.getByRole("button", { name: "Abschlussplenum eröffnen" }).click();
    await expect.poll(() => moderator.locator(".plenary-status").textContent()).toBe("Das Abschlussplenum läuft.");

    const { page: anna } = await newPerson(e2e.browser);
    await joinInBrowser(anna, server.url, "Anna Amtmann", { redirectTo: PLENARY });
    const { page: ben } = await newPerson(e2e.browser);
    await joinInBrowser(ben, server.url, "Ben Bürgermeister", { redirectTo: PLENARY });
    await expect.poll(() => ben.getByText("Live: Änderungen erscheinen sofort.").count()).toBe(1);

    // Anna has concerns and says why; Ben consents. Everyone sees the tally at once.
    const annasFirst = entryIn(anna, FIRST);
    await annasFirst.getByLabel("Bedenken").check();
    await annasFirst.getByLabel("Kommentar (freiwillig)").fill(COMMENT);
    await annasFirst.getByRole("button", { name: "Stimme abgeben" }).click();
    await expect.poll(() => annasFirst.getByRole("status").textContent()).toBe("Ihre Stimme ist gespeichert.");
    const bensFirst = entryIn(ben, FIRST);
    await bensFirst.getByLabel("Zustimmung").check();
    await bensFirst.getByRole("button", { name: "Stimme abgeben" }).click();
    for (const page of [anna, ben, moderator]) {
      await expect
        .poll(() => entryIn(page, FIRST).locator(".plenary-tally").textContent())
        .toBe("1 Zustimmung · 1 Bedenken");
    }

    // The moderator answers Anna's comment; she reads the answer without reloading.
    const comment = entryIn(moderator, FIRST).locator(".comment").filter({ hasText: COMMENT });
    await comment.getByLabel("Antwort").fill(ANSWER);
    await comment.getByLabel("erledigt").check();
    await comment.getByRole("button", { name: "Antwort speichern" }).click();
    await expect.poll(() => annasFirst.textContent()).toContain(`Antwort der Moderation: ${ANSWER}`);

    // The moderator rewords the entry in the editor; both participants see it changed, Anna is asked to confirm.
    const { page: editor } = await newPerson(e2e.browser);
    await logInAsModerator(editor);
    await editor.goto(`${server.url}/moderation/fahrplan`);
    const edited = editor.getByRole("article", { name: FIRST });
    await edited.getByText("Eintrag bearbeiten").click();
    await edited.getByLabel("Titel", { exact: true }).fill(NEW_TITLE);
    await edited.getByRole("button", { name: "Speichern" }).click();
    await expect.poll(() => editor.getByRole("article", { name: NEW_TITLE }).count()).toBe(1);
    for (const page of [anna, ben]) {
      await expect
        .poll(() => entryIn(page, NEW_TITLE).locator(".mark-changed").textContent())
        .toBe("Während des Plenums geändert");
    }
    const annasEdited = entryIn(anna, NEW_TITLE);
    await expect
      .poll(() => annasEdited.locator(".plenary-tally").textContent())
      .toBe("1 Zustimmung · 1 Bedenken (2 davon zu einer früheren Fassung)");
    expect(await annasEdited.textContent()).toContain("Der Eintrag wurde geändert, nachdem Sie abgestimmt haben.");
    await annasEdited.getByRole("button", { name: "Stimme für die neue Fassung bestätigen" }).click();
    await expect
      .poll(() => annasEdited.locator(".plenary-tally").textContent())
      .toBe("1 Zustimmung · 1 Bedenken (eine davon zu einer früheren Fassung)");

    // Closing freezes the voices: the participants' forms are gone.
    moderator.once("dialog", (dialog) => void dialog.accept());
    await moderator.getByRole("button", { name: "Abschlussplenum schließen" }).click();
    await expect
      .poll(() => ben.locator(".plenary-status").textContent())
      .toBe("Das Abschlussplenum ist geschlossen. Die Stimmen sind eingefroren.");
    await expect.poll(() => ben.locator(".voice-form").count()).toBe(0);

    // Preview, note, confirmation, Fassung 1.0.
    await moderator.getByRole("link", { name: "Fassung veröffentlichen …" }).click();
    await moderator.getByLabel("Anmerkung (freiwillig)").fill("beschlossen im Abschlussplenum am 7. November 2018");
    const preview = moderator.getByRole("region", { name: "Vorschau von Fassung 1.0, noch nicht veröffentlicht" });
    await expect.poll(() => preview.textContent()).toContain("Abschlussplenum: 1 Zustimmung, 1 Bedenken");
    await moderator.getByLabel("Ich habe die Vorschau geprüft").check();
    await moderator.getByRole("button", { name: "Fassung 1.0 veröffentlichen" }).click();
    await expect
      .poll(() => moderator.locator(".publish-done").textContent())
      .toContain("Fassung 1.0 ist veröffentlicht.");
    await moderator.getByRole("link", { name: "Zur öffentlichen Seite" }).click();
    await moderator.waitForURL(/\/fahrplan\//);
    const publicText = (await moderator.locator("main").textContent()) ?? "";
    expect(publicText).toContain(NEW_TITLE);
    expect(publicText).toContain("Abschlussplenum: 1 Zustimmung, 1 Bedenken");
    expect(publicText).toContain("Anmerkung: beschlossen im Abschlussplenum am 7. November 2018");
    // The annex accounts for the rejected contribution and its reason.
    await moderator.getByText(/Verbleib aller 4 Beiträge anzeigen/).click();
    const rejected = moderator.locator(".annex-item").filter({ hasText: REJECTED });
    expect(await rejected.textContent()).toContain(`Nicht aufgenommen. Begründung: ${REASON}`);
  });
});
