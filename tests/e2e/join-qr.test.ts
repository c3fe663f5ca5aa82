import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { newPerson } from "../support/browser-session";
import { e2eEnvironment } from "../support/e2e-environment";
import { TEST_ADMIN } from "../support/http-session";
import { decodeQrPng } from "../support/qr-decode";
import { tempDir } from "../support/temp-dir";

const EVENT_TITLE = "1. Thüringer E-Government-Kongress";
const TRACK_TITLE = "Umsetzung des Online-Zugangsgesetzes (OZG)";
const TRACK_PATH = "/events/thueringer-e-government-kongress-2018/tracks/ozg";

/** Screenshots for the moderators' guide, only when asked for, so that normal runs leave docs/ alone. */
const SCREENSHOTS = process.env.FAHRPLAN_SCREENSHOTS === "1" ? "docs/leitfaden" : null;

const e2e = e2eEnvironment();
const { server } = e2e;
const dir = tempDir("fahrplan-qr-e2e-");
afterAll(() => dir.remove());

async function logInAsAdmin(page: Page): Promise<void> {
  await page.goto(`${server.url}/login`);
  await page.getByLabel("E-Mail-Adresse").fill(TEST_ADMIN.email);
  await page.getByLabel("Passwort").fill(TEST_ADMIN.password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

/** A handout PDF rasterised by poppler, for the guide. */
function saveHandoutScreenshot(pdf: Buffer, path: string): void {
  const file = dir.file("handout.pdf");
  writeFileSync(file, pdf);
  execFileSync("pdftoppm", ["-r", "80", "-png", "-f", "1", "-singlefile", file, dir.file("handout")]);
  writeFileSync(path, readFileSync(dir.file("handout.png")));
}

describe("Join QR codes", () => {
  it("An admin shows a track's QR code, and a participant who scans it lands in the track", async () => {
    const { page: admin, problems } = await newPerson(e2e.browser);
    await logInAsAdmin(admin);
    await admin.goto(`${server.url}/admin`);
    await admin.getByRole("link", { name: `Bearbeiten „${EVENT_TITLE}“` }).click();
    await admin.waitForURL(/\/admin\/events\//);

    const image = admin.getByRole("img", { name: `QR-Code zum Beitreten in den Workshop „${TRACK_TITLE}“` });
    await image.scrollIntoViewIfNeeded();
    await admin.waitForFunction(
      (element) => element instanceof HTMLImageElement && element.complete && element.naturalWidth > 0,
      await image.elementHandle(),
    );
    const shownLink = await admin.getByRole("link", { name: /\/join\?code=.*ozg$/ }).getAttribute("href");
    const scanned = decodeQrPng(await image.screenshot());
    expect(scanned).toBe(shownLink);
    expect(scanned).toBe(`${server.url}/join?code=TESTC0DE42&redirectTo=${encodeURIComponent(TRACK_PATH)}`);

    const handoutLink = admin.getByRole("link", { name: `Handzettel (PDF) „${TRACK_TITLE}“` });
    const handout = await admin.request.get(`${server.url}${await handoutLink.getAttribute("href")}`);
    expect(handout.headers()["content-type"]).toBe("application/pdf");
    if (SCREENSHOTS) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await admin.locator("section", { has: image }).screenshot({ path: `${SCREENSHOTS}/join-qr-admin.png` });
      saveHandoutScreenshot(Buffer.from(await handout.body()), `${SCREENSHOTS}/join-handout.png`);
    }
    // The browser's own favicon request is answered 404; the QR image's loading is checked above.
    expect(problems.filter((text) => !/Failed to load resource/.test(text))).toEqual([]);

    // Somebody else's phone: a fresh profile opens what the code says, types a name, and is in the track.
    const { page: participant } = await newPerson(e2e.browser);
    await participant.goto(scanned ?? "");
    await participant.getByLabel("Ihr Name").fill("Quentin QR");
    await participant.getByRole("button", { name: "Beitreten" }).click();
    await participant.waitForURL(`${server.url}${TRACK_PATH}`);
    await expect.poll(() => participant.getByRole("heading", { level: 1 }).textContent()).toContain(TRACK_TITLE);
  });
});
