import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { logInInBrowser, newPerson, saveStatus, trackEditor } from "../support/browser-session";
import { e2eEnvironment } from "../support/e2e-environment";
import { addWithToolbar, participantIn } from "../support/workshop-in-browser";

const EVENT = "thueringer-e-government-kongress-2018";
const OZG = `/events/${EVENT}/tracks/ozg`;
const INTERNAL = `/events/${EVENT}/tracks/interne-ablaeufe`;
const ANNAS_PROBLEM = "Antragsformulare gibt es nur auf Papier.";
const ANNAS_SECOND = "Bürgerkonto ist kaum bekannt.";
const BENS_PROBLEM = "Papieranträge werden im Amt abgetippt.";
const ENTRY_TITLE = "Anträge durchgängig digital";
const ANNAS_STEP = "Das Bürgerkonto auf jedem Bescheid bewerben.";

const e2e = e2eEnvironment();
const { server } = e2e;

/** Reloads the board until the contribution is listed (the read model follows the documents). */
async function selectOnBoard(board: Page, text: string): Promise<void> {
  const checkbox = board.getByRole("checkbox", { name: new RegExp(`Auswählen: ${text.slice(0, 20)}`) });
  await expect
    .poll(async () => {
      if ((await checkbox.count()) === 0) await board.reload();
      return checkbox.count();
    })
    .toBe(1)
    .catch(async (error) => {
      console.log("BOARD", text, (await board.locator("table").textContent())?.slice(0, 2000));
      throw error;
    });
  await checkbox.check();
}

function entry(page: Page, title: string) {
  return page.getByRole("article", { name: title });
}

describe("Moderators curate one Fahrplan from all five tracks", () => {
  it("merges problems of two tracks into one entry, orders and publishes it, and marks a source that changed", async () => {
    const anna = await participantIn(e2e.browser, server.url, OZG, "Anna Amtmann");
    const ben = await participantIn(e2e.browser, server.url, INTERNAL, "Ben Bürgermeister");
    await addWithToolbar(anna, ANNAS_PROBLEM);
    await addWithToolbar(anna, ANNAS_SECOND);
    await addWithToolbar(ben, BENS_PROBLEM);
    await addWithToolbar(anna, ANNAS_STEP, "+ Lösungsschritt");

    const { page: moderator } = await newPerson(e2e.browser);
    await logInInBrowser(moderator, server.url);

    // On the board: one problem of each track, merged into one entry; Anna's second one on its own.
    await moderator.goto(`${server.url}/moderation/board`);
    await selectOnBoard(moderator, ANNAS_PROBLEM);
    await selectOnBoard(moderator, BENS_PROBLEM);
    await moderator.getByRole("button", { name: "Als Eintrag übernehmen" }).click();
    await expect.poll(() => moderator.getByText("übernommen").count()).toBeGreaterThanOrEqual(2);
    await selectOnBoard(moderator, ANNAS_SECOND);
    await moderator.getByRole("button", { name: "Als Eintrag übernehmen" }).click();
    await expect.poll(() => moderator.locator(".done-message").textContent()).toContain("Als neuer Eintrag");
    // Anna's step added to the entry of her second problem: it becomes one of the entry's steps, not only
    // one of its sources (issue #14.3).
    await selectOnBoard(moderator, ANNAS_STEP);
    await moderator.getByLabel("Bestehender Eintrag").selectOption({ label: ANNAS_SECOND });
    await moderator.getByRole("button", { name: "Zu Eintrag hinzufügen" }).click();
    await expect.poll(() => moderator.locator(".done-message").textContent()).toContain("Dem Eintrag hinzugefügt.");

    // In the Fahrplan: fill the merged entry's fields.
    await moderator.goto(`${server.url}/moderation/fahrplan`);
    const merged = entry(moderator, ANNAS_PROBLEM);
    await expect.poll(() => merged.textContent()).toContain(BENS_PROBLEM);
    await merged.getByText("Eintrag bearbeiten").click();
    await merged.getByLabel("Titel", { exact: true }).fill(ENTRY_TITLE);
    await merged.getByLabel("Lösungsschritte").fill("Online-Anträge bereitstellen\nMedienbruch im Amt beseitigen");
    await merged.getByLabel("Zuständig", { exact: true }).selectOption({ label: "Land und Kommunen" });
    await merged.getByLabel("Zeithorizont").selectOption({ label: "kurzfristig (bis 12 Monate)" });
    await merged.getByLabel("Priorität").selectOption({ label: "hoch" });
    await merged.getByRole("button", { name: "Speichern" }).click();
    const filled = entry(moderator, ENTRY_TITLE);
    await expect.poll(() => filled.count()).toBe(1);
    // The second entry: its summary names each field; the added step is among its steps.
    const second = entry(moderator, ANNAS_SECOND);
    expect(await second.locator(".entry-summary").textContent()).toContain("Zuständig: nicht festgelegt");
    expect(await second.locator(".entry-summary").textContent()).toContain("Zeithorizont: nicht festgelegt");
    await second.getByText("Eintrag bearbeiten").click();
    expect(await second.getByLabel("Lösungsschritte").inputValue()).toBe(ANNAS_STEP);
    await second.getByText("Eintrag bearbeiten").click();

    // Both entries into the OZG section, the merged one first.
    const ozgSection = "Umsetzung des Online-Zugangsgesetzes (OZG)";
    for (const title of [ENTRY_TITLE, ANNAS_SECOND]) {
      const card = entry(moderator, title);
      await card.getByLabel("Verschieben nach").selectOption({ label: ozgSection });
      await card.getByRole("button", { name: "Verschieben" }).click();
      await expect.poll(() => entry(moderator, title).getByLabel("Verschieben nach").inputValue()).not.toBe("");
    }
    const order = () =>
      moderator
        .getByRole("list", { name: `Einträge im Abschnitt „${ozgSection}“` })
        .getByRole("article")
        .evaluateAll((articles) => articles.map((article) => article.querySelector("h3, h4")?.textContent ?? ""));
    await expect.poll(order).toEqual([ENTRY_TITLE, ANNAS_SECOND]);
    await entry(moderator, ENTRY_TITLE).getByRole("button", { name: "Nach unten" }).focus();
    await moderator.keyboard.press("Enter");
    await expect.poll(order).toEqual([ANNAS_SECOND, ENTRY_TITLE]);
    // The focus stays with the moved entry (at the bottom now, so on "Nach oben"), not on <body>.
    const focused = () =>
      moderator.evaluate(() => {
        const active = document.activeElement;
        return `${active?.textContent} / ${active?.closest("article")?.querySelector("h3")?.textContent}`;
      });
    await expect.poll(focused).toBe(`Nach oben / ${ENTRY_TITLE}`);

    // Publish "Fassung 1.0" through its preview, with a note; the public page shows it without login.
    await moderator.getByRole("link", { name: "Veröffentlichen …" }).click();
    const preview = moderator.getByRole("region", { name: "Vorschau von Fassung 1.0, noch nicht veröffentlicht" });
    await expect.poll(() => preview.textContent()).toContain(ENTRY_TITLE);
    await moderator.getByLabel("Anmerkung (freiwillig)").fill("beschlossen im Abschlussplenum am 7. November 2018");
    // The preview shows the note where the public page will.
    await expect.poll(() => preview.textContent()).toContain("Anmerkung: beschlossen im Abschlussplenum");
    await moderator.getByRole("button", { name: "Fassung 1.0 veröffentlichen" }).click();
    // Not without the confirmation: the browser keeps the form from being sent (the server refuses it too).
    const confirmation = moderator.getByLabel("Ich habe die Vorschau geprüft");
    expect(await confirmation.evaluate((box) => (box as HTMLInputElement).validity.valueMissing)).toBe(true);
    await confirmation.check();
    await moderator.getByRole("button", { name: "Fassung 1.0 veröffentlichen" }).click();
    await expect
      .poll(() => moderator.getByRole("status").filter({ hasText: "veröffentlicht" }).textContent())
      .toContain("Fassung 1.0 ist veröffentlicht.");
    await moderator.getByRole("link", { name: "Zurück zum Fahrplan" }).click();
    const { page: reader } = await newPerson(e2e.browser);
    await reader.goto(`${server.url}/fahrplan/${EVENT}`);
    await expect.poll(() => reader.locator("main").textContent()).toContain("Fassung 1.0");
    const publicText = (await reader.locator("main").textContent()) ?? "";
    expect(publicText).toContain(ENTRY_TITLE);
    expect(publicText).toContain("Land und Kommunen");
    expect(publicText).toContain(BENS_PROBLEM);
    expect(publicText).toContain("Anmerkung: beschlossen im Abschlussplenum am 7. November 2018");
    // The annex accounts for every contribution; collapsed, but the browser's search finds what is in it.
    const annex = reader.getByRole("region", { name: "Anhang: Verbleib aller Beiträge" });
    expect(await annex.locator("details").getAttribute("open")).toBeNull();
    expect(await annex.textContent()).toContain(`Aufgenommen in „${ENTRY_TITLE}“`);

    // The moderator downloads the published version as PDF; the panel shows the export's progress.
    await moderator.getByLabel("Stand").selectOption({ label: "Fassung 1.0" });
    const downloading = moderator.waitForEvent("download");
    await moderator.getByRole("button", { name: "Exportieren" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`fahrplan-${EVENT}-fassung-1.pdf`);
    await expect.poll(() => moderator.locator(".export-status").textContent()).toContain("Fertig");

    // Ben edits his contribution: the entry marks that source as changed.
    await trackEditor(ben).getByText(BENS_PROBLEM).click();
    await ben.keyboard.press("End");
    await ben.keyboard.type(" Doppelt!");
    await expect.poll(() => saveStatus(ben).textContent()).toBe("Verbunden · gespeichert (Server)");
    await expect
      .poll(async () => {
        await moderator.reload();
        return entry(moderator, ENTRY_TITLE).textContent();
      })
      .toContain("Quelle geändert");
  });
});
