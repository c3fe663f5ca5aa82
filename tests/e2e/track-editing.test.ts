import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { editorText, joinInBrowser, newPerson, saveStatus, typeAtEnd } from "../support/browser-session";
import { e2eEnvironment } from "../support/e2e-environment";

const TRACK_PATH = "/events/thueringer-e-government-kongress-2018/tracks/ozg";

const e2e = e2eEnvironment();
const { server } = e2e;
const problems: string[][] = [];

/** A participant who joined with the code and opened the OZG track. */
async function participant(name: string): Promise<Page> {
  const person = await newPerson(e2e.browser);
  problems.push(person.problems);
  await joinInBrowser(person.page, server.url, name, { redirectTo: TRACK_PATH });
  await expect.poll(() => saveStatus(person.page).textContent()).toBe("Verbunden · gespeichert (Server)");
  return person.page;
}

describe("Participants write a track's document together", () => {
  it("Two participants see each other's text and cursor, and the text survives a server restart exactly once", async () => {
    const anna = await participant("Anna Amtmann");
    const ben = await participant("Ben Bürgermeister");

    await expect.poll(() => anna.getByRole("heading", { name: "Problemfelder" }).count()).toBe(1);
    await typeAtEnd(anna, "Antragsverfahren sind noch auf Papier.");
    // Ben adds to the end once he sees Anna's sentence, as a person would: typing while her keystrokes are
    // still arriving would put his words between hers (both are concurrent inserts at one position).
    await expect.poll(() => editorText(ben)).toContain("Antragsverfahren sind noch auf Papier.");
    await typeAtEnd(ben, " Portalverbund anbinden.");

    for (const page of [anna, ben]) {
      await expect.poll(() => editorText(page)).toContain("Antragsverfahren sind noch auf Papier.");
      await expect.poll(() => editorText(page)).toContain("Portalverbund anbinden.");
    }
    await expect
      .poll(() => anna.locator(".collaboration-carets__label").allTextContents())
      .toContain("Ben Bürgermeister");
    await expect.poll(() => ben.locator(".collaboration-carets__label").allTextContents()).toContain("Anna Amtmann");
    await expect.poll(() => anna.getByRole("complementary").textContent()).toContain("Ben Bürgermeister");
    for (const page of [anna, ben]) {
      await expect.poll(() => saveStatus(page).textContent()).toBe("Verbunden · gespeichert (Server)");
    }

    expect(await server.stop("SIGTERM")).toBe(0);
    await expect.poll(() => saveStatus(anna).textContent()).toContain("Verbindung unterbrochen");
    await server.start();

    for (const page of [anna, ben]) {
      await page.reload();
      await expect.poll(() => saveStatus(page).textContent()).toBe("Verbunden · gespeichert (Server)");
      const text = await editorText(page);
      expect(text.split("Antragsverfahren sind noch auf Papier.").length - 1).toBe(1);
      expect(text.split("Portalverbund anbinden.").length - 1).toBe(1);
      expect(text.split("Problemfelder").length - 1).toBe(1);
    }
    // Nothing was blocked by the Content-Security-Policy or failed in the page (the connection errors of
    // the restart aside).
    const unexpected = problems
      .flat()
      .filter((text) => !/WebSocket|ERR_CONNECTION_REFUSED|Failed to load resource/.test(text));
    expect(unexpected).toEqual([]);
  });
});
