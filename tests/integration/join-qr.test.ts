import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { currentJoinCode } from "../../server/auth/join-codes";
import { launchChromium } from "../support/browser";
import { postForm } from "../support/http-session";
import { type Cast, createCast, type Role } from "../support/principals";
import { decodeQrPng } from "../support/qr-decode";
import { tempDir } from "../support/temp-dir";
import { startTestServer } from "../support/test-server";

/**
 * The join QR codes and handouts over HTTP, decoded from pixels the way a phone would read them: the SVG
 * drawn by Chromium and screenshotted, the handout PDF rasterised by poppler's pdftoppm.
 */

let server: Awaited<ReturnType<typeof startTestServer>>;
let cast: Cast;
let browser: Browser;
const dir = tempDir("fahrplan-qr-");

beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server.url, server.db);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server.cleanUp();
  dir.remove();
});

/** The join link of track A as the README describes it, built here independently of the app's code. */
function expectedJoinLink(trackPath: string): string {
  const code = currentJoinCode(server.db, cast.eventId) ?? "";
  return `${server.url}/join?code=${code}&redirectTo=${encodeURIComponent(trackPath)}`;
}

async function get(path: string, role: Role): Promise<Response> {
  const cookie = cast.cookies[role];
  return fetch(`${server.url}${path}`, { headers: cookie ? { Cookie: cookie } : {}, redirect: "manual" });
}

/** The status of a GET, its body read to the end so that the connection is free for the next request. */
async function statusOf(path: string, role: Role): Promise<number> {
  const response = await get(path, role);
  await response.arrayBuffer();
  return response.status;
}

/** What Chromium shows of the SVG, as an <img> on a white page, read back as a QR code. */
async function decodeSvg(svg: string): Promise<string | null> {
  const page = await browser.newPage({ viewport: { width: 600, height: 600 } });
  try {
    const source = `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
    await page.setContent(
      `<body style="margin:0;background:#fff"><img src="${source}" width="480" height="480"></body>`,
    );
    await page.locator("img").evaluate((image: HTMLImageElement) => image.decode());
    return decodeQrPng(await page.screenshot());
  } finally {
    await page.close();
  }
}

/** Page 1 of a PDF rasterised at 150 dpi, read back as a QR code. */
function decodePdf(pdf: Buffer, name: string): string | null {
  const path = dir.file(`${name}.pdf`);
  writeFileSync(path, pdf);
  execFileSync("pdftoppm", ["-r", "150", "-png", "-f", "1", "-singlefile", path, dir.file(name)]);
  return decodeQrPng(readFileSync(dir.file(`${name}.png`)));
}

function pdfText(pdf: Buffer, name: string): string {
  const path = dir.file(`${name}.pdf`);
  writeFileSync(path, pdf);
  return execFileSync("pdftotext", ["-enc", "UTF-8", path, "-"], { encoding: "utf8" });
}

/** Text with all whitespace removed, so that a link wrapped over two lines reads as one. */
const unwrapped = (text: string) => text.replace(/\s+/g, "");

describe("the join QR code (SVG)", () => {
  it("decodes to the exact join link of its track, with a title for screen readers and no script", async () => {
    const response = await get(`${cast.trackA.path}/join-qr.svg`, "admin");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-store");
    const svg = await response.text();
    expect(svg).toMatch(/<title id="qr-title">QR-Code zum Beitreten in den Workshop „[^<]+“<\/title>/);
    expect(svg).not.toMatch(/<script|<style|style=|on\w+=/i);
    expect(await decodeSvg(svg)).toBe(expectedJoinLink(cast.trackA.path));
  });

  const statusByRole: Record<Role, { trackA: number; trackB: number }> = {
    anonymous: { trackA: 302, trackB: 302 },
    participant: { trackA: 200, trackB: 200 },
    participantOfOtherEvent: { trackA: 403, trackB: 403 },
    observer: { trackA: 200, trackB: 200 },
    moderatorOfTrackA: { trackA: 200, trackB: 403 },
    eventModerator: { trackA: 200, trackB: 200 },
    admin: { trackA: 200, trackB: 200 },
  };

  it.each(Object.keys(statusByRole) as Role[])("is shown to %s as the rules say", async (role) => {
    const actual = {
      trackA: await statusOf(`${cast.trackA.path}/join-qr.svg`, role),
      trackB: await statusOf(`${cast.trackB.path}/join-qr.svg`, role),
    };
    expect(actual).toEqual(statusByRole[role]);
  });

  it("sends people without a session to the join page, and answers 404 for a track that does not exist", async () => {
    const anonymous = await get(`${cast.trackA.path}/join-qr.svg`, "anonymous");
    expect(anonymous.headers.get("location")).toMatch(/^\/join\?redirectTo=/);
    const missing = await get("/events/gibt-es-nicht/tracks/auch-nicht/join-qr.svg", "admin");
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe("Diesen Workshop gibt es nicht.");
  });
});

describe("the handout (PDF)", () => {
  it("shows the track's title and join link, and its QR code decodes to that link", async () => {
    const response = await get(`${cast.trackA.path}/handout.pdf`, "moderatorOfTrackA");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    const pdf = Buffer.from(await response.arrayBuffer());
    const text = pdfText(pdf, "track-a");
    expect(text).toContain("Umsetzung des Online-Zugangsgesetzes (OZG)");
    expect(text).toContain("Antragsverfahren online umsetzen");
    expect(unwrapped(text)).toContain(unwrapped(expectedJoinLink(cast.trackA.path)));
    expect(text).toContain("TESTC-0DE42");
    expect(decodePdf(pdf, "track-a")).toBe(expectedJoinLink(cast.trackA.path));
  });

  it("is made for moderators of the track and admins only", async () => {
    const trackA = `${cast.trackA.path}/handout.pdf`;
    expect(await statusOf(trackA, "anonymous")).toBe(302);
    expect((await get(trackA, "anonymous")).headers.get("location")).toMatch(/^\/login\?redirectTo=/);
    expect(await statusOf(trackA, "participant")).toBe(403);
    expect(await statusOf(trackA, "participantOfOtherEvent")).toBe(403);
    expect(await statusOf(trackA, "observer")).toBe(403);
    expect(await statusOf(`${cast.trackB.path}/handout.pdf`, "moderatorOfTrackA")).toBe(403);
    expect(await statusOf(trackA, "eventModerator")).toBe(200);
    expect(await statusOf(trackA, "admin")).toBe(200);
  });

  it("for the whole event has a page per track, for admins and moderators of the whole event", async () => {
    const eventPath = cast.trackA.path.replace(/\/tracks\/.*$/, "/handout.pdf");
    expect(await statusOf(eventPath, "moderatorOfTrackA")).toBe(403);
    expect(await statusOf(eventPath, "participant")).toBe(403);
    expect(await statusOf(eventPath, "eventModerator")).toBe(200);
    const response = await get(eventPath, "admin");
    expect(response.status).toBe(200);
    const pdf = Buffer.from(await response.arrayBuffer());
    const pages = pdfText(pdf, "event").split("\f").slice(0, -1);
    expect(pages).toHaveLength(5);
    expect(unwrapped(pages[1] ?? "")).toContain(unwrapped(expectedJoinLink(cast.trackB.path)));
  });
});

// Last: rotating the code ends the participants' sessions that the tests above use.
describe("after the join code is rotated", () => {
  it("the QR code and the handout carry the new code", async () => {
    const before = expectedJoinLink(cast.trackA.path);
    const rotated = await postForm(
      server.url,
      `/admin/events/${cast.eventId}`,
      { intent: "rotate-join-code" },
      { cookie: cast.cookies.admin },
    );
    expect(rotated.status).toBe(200);
    expect(await rotated.text()).toContain("Der Code ist erneuert.");
    const after = expectedJoinLink(cast.trackA.path);
    expect(after).not.toBe(before);

    const svg = await (await get(`${cast.trackA.path}/join-qr.svg`, "admin")).text();
    expect(await decodeSvg(svg)).toBe(after);
    const pdf = Buffer.from(await (await get(`${cast.trackA.path}/handout.pdf`, "admin")).arrayBuffer());
    expect(decodePdf(pdf, "rotated")).toBe(after);
  });
});
