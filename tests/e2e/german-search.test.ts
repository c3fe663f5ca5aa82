import { describe, expect, it } from "vitest";
import { logInInBrowser, newPerson } from "../support/browser-session";
import { e2eEnvironment } from "../support/e2e-environment";
import { addWithToolbar, participantIn } from "../support/workshop-in-browser";

/**
 * Issue #16 as a moderator lives it: two participants in different workshops write the same problem in
 * different words; the moderator finds both by searching "Nutzerkonten" (neither text has that form) and
 * merges them from the board's list of similar contributions.
 */

const EVENT = "thueringer-e-government-kongress-2018";
const OZG = `/events/${EVENT}/tracks/ozg`;
const INFRASTRUCTURE = `/events/${EVENT}/tracks/it-infrastruktur`;
const FIRST_PROBLEM = "Antragsformulare gibt es nur auf Papier.";
const NUTZERKONTO = "Das Nutzerkonto des Bundes und das Servicekonto Thüringen sind für Bürger nicht verknüpft.";
const REGISTRIEREN =
  "Bürgerinnen und Bürger müssen sich für jede Behörde neu registrieren; ein einheitliches Nutzerkonto fehlt.";

const e2e = e2eEnvironment();
const { server } = e2e;

describe("A moderator finds what two workshops wrote alike and merges it", () => {
  it("searches 'Nutzerkonten', finds both Nutzerkonto contributions, and merges them from the suggestions", async () => {
    const anna = await participantIn(e2e.browser, server.url, OZG, "Anna Amtmann");
    const ben = await participantIn(e2e.browser, server.url, INFRASTRUCTURE, "Ben Bürgermeister");
    // Anna's second problem goes after one she wrote before, as people add to a document.
    await addWithToolbar(anna, FIRST_PROBLEM);
    await addWithToolbar(anna, NUTZERKONTO);
    await addWithToolbar(ben, REGISTRIEREN);

    const { page: moderator } = await newPerson(e2e.browser);
    await logInInBrowser(moderator, server.url);

    // The search: neither text says "Nutzerkonten"; both are found, the word marked.
    await moderator.goto(`${server.url}/moderation/search`);
    await moderator.getByLabel("Suchbegriffe").fill("Nutzerkonten");
    await moderator.keyboard.press("Enter");
    const results = moderator.locator("section[aria-labelledby=suchergebnisse]");
    await expect
      .poll(async () => {
        const text = (await results.textContent()) ?? "";
        if (!text.includes("2 Treffer")) await moderator.reload();
        return text;
      })
      .toContain("2 Treffer.");
    expect(await results.textContent()).toContain(NUTZERKONTO);
    expect(await results.textContent()).toContain(REGISTRIEREN);
    expect(await results.textContent()).not.toContain(FIRST_PROBLEM);
    expect(await results.locator("mark").allTextContents()).toEqual(["Nutzerkonto", "Nutzerkonto"]);

    // The board: Anna's problem lists Ben's among its similar contributions; one click merges them.
    await moderator.goto(`${server.url}/moderation/board`);
    const annasRow = moderator
      .locator("tr.board-row")
      .filter({ has: moderator.locator("td.board-contribution", { hasText: NUTZERKONTO }) });
    const similar = annasRow.locator("details.board-similar");
    await similar.locator("summary").click();
    expect(await similar.textContent()).toContain("Gemeinsam: Nutzerkonto");
    await similar.getByRole("button", { name: /^Zusammenführen .*Bürgerinnen und Bürger/ }).click();
    await expect
      .poll(() => moderator.locator(".done-message").textContent())
      .toContain("Zusammengeführt und als neuer Eintrag in den Fahrplan übernommen.");
    for (const text of [NUTZERKONTO, REGISTRIEREN]) {
      // By its own text: the entry's title, shown in the other row's status, is Anna's text too.
      const row = moderator
        .locator("tr.board-row")
        .filter({ has: moderator.locator("td.board-contribution", { hasText: text }) });
      await expect.poll(() => row.locator("td").nth(3).textContent()).toContain("übernommen");
    }
    // Merged contributions are no longer open: no similar list offers them again.
    expect(await moderator.locator("details.board-similar", { hasText: "Nutzerkonto" }).count()).toBe(0);
  });
});
