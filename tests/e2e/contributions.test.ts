import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  joinInBrowser,
  logInInBrowser,
  newPerson,
  saveStatus,
  trackEditor,
  whenEditorFocused,
} from "../support/browser-session";
import { e2eEnvironment } from "../support/e2e-environment";

const TRACK_PATH = "/events/thueringer-e-government-kongress-2018/tracks/interne-ablaeufe";
const ANNAS_PROBLEM = "Die Schlüsselübergabe zwischen Ämtern dauert zu lange.";
const BENS_PROBLEM = "Fehlende Schnittstellen zwischen Fachverfahren.";
const BENS_STEP = "Gemeinsame Schnittstelle definieren.";

const e2e = e2eEnvironment();
const { server } = e2e;

async function participant(name: string, organisation: string): Promise<Page> {
  const { page } = await newPerson(e2e.browser);
  await joinInBrowser(page, server.url, name, { redirectTo: TRACK_PATH, organisation });
  await expect.poll(() => saveStatus(page).textContent()).toBe("Verbunden · gespeichert (Server)");
  return page;
}

function block(page: Page, kind: "problem" | "step", text: string) {
  return page.locator(`section.contribution-${kind}`, { hasText: text });
}

function votingPanel(page: Page) {
  return page.locator("section.voting-panel");
}

describe("Participants write problems and steps, link and vote on them; a moderator sees and finds them", () => {
  it("works end to end", async () => {
    const anna = await participant("Anna Amtmann", "Stadt Erfurt");
    const ben = await participant("Ben Bürgermeister", "Gemeinde Kranichfeld");

    // Anna uses the toolbar.
    await anna.getByRole("button", { name: "+ Problemfeld" }).click();
    await whenEditorFocused(anna);
    await anna.keyboard.type(ANNAS_PROBLEM);
    await expect.poll(() => block(anna, "problem", ANNAS_PROBLEM).textContent()).toContain("Problemfeld");

    // Ben uses the keyboard shortcuts.
    await trackEditor(ben).click();
    await ben.keyboard.press("Control+Alt+1");
    await ben.keyboard.type(BENS_PROBLEM);
    await ben.keyboard.press("Control+Alt+2");
    await ben.keyboard.type(BENS_STEP);
    await expect.poll(() => block(ben, "step", BENS_STEP).textContent()).toContain("Lösungsschritt");

    // Ben links his step to Anna's problem.
    const step = block(ben, "step", BENS_STEP);
    await step.getByText("Problemfelder zuordnen").click();
    await step.getByRole("checkbox", { name: ANNAS_PROBLEM }).check();
    await expect
      .poll(() => block(anna, "step", BENS_STEP).textContent())
      .toContain(`Bezieht sich auf: „${ANNAS_PROBLEM}“`);

    // Authorship comes from each person's session.
    await anna.getByRole("button", { name: "Autorschaft anzeigen" }).click();
    await expect
      .poll(() => block(anna, "step", BENS_STEP).textContent())
      .toContain("von Ben Bürgermeister (Gemeinde Kranichfeld)");
    await expect
      .poll(() => block(anna, "problem", ANNAS_PROBLEM).textContent())
      .toContain("von Anna Amtmann (Stadt Erfurt)");

    // A moderator opens the voting.
    const { page: moderator } = await newPerson(e2e.browser);
    await logInInBrowser(moderator, server.url);
    await moderator.goto(`${server.url}${TRACK_PATH}`);
    await votingPanel(moderator).getByLabel("Abstimmung geöffnet").check();
    await votingPanel(moderator).getByRole("button", { name: "Speichern" }).click();
    await expect.poll(() => votingPanel(moderator).textContent()).toContain("Die Einstellungen sind gespeichert.");

    // Both vote (the panels reload by themselves).
    const addVote = (page: Page, text: string) =>
      votingPanel(page).getByRole("button", { name: `Stimme für „${text}“ vergeben` });
    await expect.poll(() => addVote(anna, BENS_STEP).count(), { timeout: 20_000 }).toBe(1);
    await addVote(anna, BENS_STEP).click();
    await expect.poll(() => votingPanel(anna).textContent()).toContain("Sie haben noch 4 von 5 Stimmen.");
    await addVote(anna, BENS_STEP).click();
    await expect.poll(() => votingPanel(anna).textContent()).toContain("Sie haben noch 3 von 5 Stimmen.");
    await expect.poll(() => addVote(ben, ANNAS_PROBLEM).count(), { timeout: 20_000 }).toBe(1);
    await addVote(ben, ANNAS_PROBLEM).click();
    await expect.poll(() => votingPanel(ben).textContent()).toContain("Sie haben noch 4 von 5 Stimmen.");

    // The moderator sees the counts.
    await moderator.reload();
    const stepRow = votingPanel(moderator).locator(".voting-item", { hasText: BENS_STEP });
    const problemRow = votingPanel(moderator).locator(".voting-item", { hasText: ANNAS_PROBLEM });
    await expect.poll(() => stepRow.textContent()).toContain("Stimmen insgesamt: 2");
    await expect.poll(() => problemRow.textContent()).toContain("Stimmen insgesamt: 1");

    // And finds a contribution by a word with an umlaut.
    await moderator.goto(`${server.url}/moderation/search`);
    await moderator.getByLabel("Suchbegriffe").fill("Ämter");
    await moderator.getByRole("button", { name: "Suchen" }).click();
    await expect.poll(() => moderator.locator("main").textContent()).toContain(ANNAS_PROBLEM);
    expect(await moderator.locator("main").textContent()).not.toContain(BENS_STEP);
  });

  it("Participants also add blocks with the slash command and with the plain form", async () => {
    const cleo = await participant("Cleo Clever", "Landkreis Weimarer Land");
    await trackEditor(cleo).click();
    await cleo.keyboard.press("Control+End");
    await cleo.keyboard.type("/schritt Zuständigkeiten klären.");
    await expect.poll(() => block(cleo, "step", "Zuständigkeiten klären.").count()).toBe(1);

    await cleo.getByLabel("Text des Problemfelds").fill("Formulare sind nicht barrierefrei.");
    await cleo.getByRole("button", { name: "Problemfeld hinzufügen" }).click();
    await expect.poll(() => block(cleo, "problem", "Formulare sind nicht barrierefrei.").count()).toBe(1);
    await expect.poll(() => cleo.getByRole("status").filter({ hasText: "Problemfeld hinzugefügt." }).count()).toBe(1);
  });

  it("A slash command on the line after a block of the same kind starts a new contribution", async () => {
    const dora = await participant("Dora Datenschutz", "Stadt Jena");
    await trackEditor(dora).click();
    await dora.keyboard.press("Control+End");
    // Type as people do: a problem, Enter twice to leave its block, then the next command.
    await dora.keyboard.type("/problem Akten liegen nur auf Papier vor.");
    await dora.keyboard.press("Enter");
    await dora.keyboard.press("Enter");
    await dora.keyboard.type("/problem Signaturkarten fehlen.");
    await expect.poll(() => block(dora, "problem", "Signaturkarten fehlen.").count()).toBe(1);
    await expect.poll(() => block(dora, "problem", "Akten liegen nur auf Papier vor.").count()).toBe(1);
    expect(await block(dora, "problem", "Akten liegen nur auf Papier vor.").textContent()).not.toContain(
      "Signaturkarten fehlen.",
    );

    await dora.keyboard.press("Enter");
    await dora.keyboard.press("Enter");
    await dora.keyboard.type("/schritt E-Akte einführen.");
    await dora.keyboard.press("Enter");
    await dora.keyboard.press("Enter");
    await dora.keyboard.type("/schritt Karten bestellen.");
    await expect.poll(() => block(dora, "step", "Karten bestellen.").count()).toBe(1);
    expect(await block(dora, "step", "E-Akte einführen.").textContent()).not.toContain("Karten bestellen.");
  });
});
