import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../db/client";
import { findTrack } from "../../db/queries/tracks";
import { moderatorAssignments } from "../../db/schema";
import { createAccount } from "../../server/auth/accounts";
import { editorText, joinInBrowser, newPerson } from "../support/browser-session";
import { e2eEnvironment } from "../support/e2e-environment";

const EVENT_SLUG = "thueringer-e-government-kongress-2018";
const TRACK_SLUG = "smart-government";
const TRACK_PATH = `/events/${EVENT_SLUG}/tracks/${TRACK_SLUG}`;
const MODERATOR = { email: "moderation-smart@fahrplan.test", password: "sehr-geheimes-passwort" };
const SECRET = "Sensordaten der Stadtwerke bleiben ungenutzt.";
/** Screenshots for the moderators' guide, only when asked for (they would otherwise change docs/). */
const SCREENSHOTS = process.env.FAHRPLAN_SCREENSHOTS === "1" ? "docs/leitfaden" : null;

const e2e = e2eEnvironment();
const { server } = e2e;

async function addModerator(): Promise<void> {
  const db = openDatabase(e2e.databasePath);
  try {
    const user = await createAccount(db, { ...MODERATOR, displayName: "Maria Moderation", role: "moderator" });
    const track = findTrack(db, EVENT_SLUG, TRACK_SLUG);
    if (!track) throw new Error("track missing");
    db.insert(moderatorAssignments).values({ userId: user.id, eventId: track.eventId, trackId: track.id }).run();
  } finally {
    db.$client.close();
  }
}

async function logInAsModerator(page: Page): Promise<void> {
  await page.goto(`${server.url}/login`);
  await page.getByLabel("E-Mail-Adresse").fill(MODERATOR.email);
  await page.getByLabel("Passwort").fill(MODERATOR.password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await page.waitForURL(`${server.url}/moderation`);
  await page.goto(`${server.url}${TRACK_PATH}`);
}

async function participant(name: string): Promise<Page> {
  const { page } = await newPerson(e2e.browser);
  await joinInBrowser(page, server.url, name, { redirectTo: TRACK_PATH, organisation: "Stadt Jena" });
  return page;
}

function privateWritingPanel(page: Page) {
  return page.locator("section.private-writing");
}

/** The live region that announces what the moderator's last action did. */
function moderatorAnswer(page: Page) {
  return page.locator(".private-writing-controls [role=status]");
}

describe("Private writing, in the browser", () => {
  it("A moderator switches private writing on; a participant's text reaches the others only when revealed", async () => {
    await addModerator();
    const { page: moderator } = await newPerson(e2e.browser);
    await logInAsModerator(moderator);
    const paula = await participant("Paula Privat");
    const peter = await participant("Peter Publik");

    await moderator.getByRole("button", { name: "Private Schreibphase einschalten" }).click();
    await expect
      .poll(() => moderatorAnswer(moderator).textContent())
      .toBe("Die private Schreibphase ist eingeschaltet.");

    // Paula's page notices the switch by itself and gives her a draft of her own.
    const draft = paula.getByRole("textbox", { name: /^Ihr Entwurf in / });
    await draft.waitFor();
    await expect
      .poll(() => privateWritingPanel(paula).textContent())
      .toContain("Private Schreibphase: Ihre neuen Beiträge sieht nur die Moderation, bis sie aufgedeckt werden");
    await draft.click();
    await paula.keyboard.press("Control+Alt+1");
    await paula.keyboard.type(SECRET);
    await expect
      .poll(() => privateWritingPanel(paula).locator(".save-status").textContent())
      .toBe("Verbunden · gespeichert (Server)");

    // The moderator reads Paula's draft (it is stored, then) …
    const paulasDraft = privateWritingPanel(moderator).locator("summary", { hasText: "Paula Privat" });
    await expect.poll(() => paulasDraft.count(), { timeout: 20_000 }).toBe(1);
    await paulasDraft.click();
    await expect
      .poll(() => moderator.getByRole("textbox", { name: "Entwurf von Paula Privat (Stadt Jena)" }).textContent())
      .toContain(SECRET);
    if (SCREENSHOTS) {
      await privateWritingPanel(moderator).screenshot({ path: `${SCREENSHOTS}/private-writing-moderator.png` });
      await privateWritingPanel(paula).screenshot({ path: `${SCREENSHOTS}/private-writing-participant.png` });
    }
    // … while Peter's page shows nothing of it.
    expect(await editorText(peter)).not.toContain(SECRET);

    await moderator.getByRole("button", { name: "Aufdecken", exact: true }).click();
    await expect.poll(() => moderatorAnswer(moderator).textContent()).toBe("1 Beitrag wurde aufgedeckt.");
    await expect.poll(() => editorText(peter)).toContain(SECRET);
  });
});
