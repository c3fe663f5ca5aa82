import { afterAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { editorText, joinInBrowser, newPerson, saveStatus, trackEditor, typeAtEnd } from "../support/browser-session";
import { CollabClient } from "../support/collab-client";
import { e2eEnvironment } from "../support/e2e-environment";
import { joinEvent } from "../support/http-session";
import { fetchTracks } from "../support/test-server";

const TRACK_PATH = "/events/thueringer-e-government-kongress-2018/tracks/smart-government";

const e2e = e2eEnvironment();
const { server } = e2e;
const clients: CollabClient[] = [];

afterAll(async () => {
  for (const client of clients) client.destroy();
});

async function modifiedClient(name: string): Promise<CollabClient> {
  const cookie = await joinEvent(server.url, name);
  const track = (await fetchTracks(server.url, cookie)).find((each) => each.slug === "smart-government");
  if (!track) throw new Error("track missing");
  const client = new CollabClient(server.url, track.documentName, cookie);
  clients.push(client);
  await client.whenSynced();
  return client;
}

/** What a modified client writes straight into the Yjs document, bypassing the editor. */
function writeHostileContent(doc: Y.Doc): void {
  const fragment = doc.getXmlFragment("default");
  doc.transact(() => {
    const script = new Y.XmlElement("script");
    script.setAttribute("onload", "alert('node')");
    script.insert(0, [new Y.XmlText("alert('script')")]);
    const paragraph = new Y.XmlElement("paragraph");
    const text = new Y.XmlText();
    paragraph.insert(0, [text]);
    fragment.push([script, paragraph]);
    text.insert(0, "Javascript-Link", { link: { href: "javascript:alert('link')" } });
    text.insert(text.length, " Data-Link", { link: { href: "data:text/html,<script>alert('data')</script>" } });
    text.insert(text.length, " Blinkt", { blink: { speed: "fast" } });
  });
}

function hostileContentIntact(doc: Y.Doc): boolean {
  const nodes = doc.getXmlFragment("default").toArray();
  const script = nodes.find((node) => node instanceof Y.XmlElement && node.nodeName === "script");
  const links = JSON.stringify(
    nodes
      .flatMap((node) => (node instanceof Y.XmlElement ? node.toArray() : []))
      .map((child) => (child as Y.XmlText).toDelta?.()),
  );
  return script !== undefined && links.includes("javascript:alert('link')") && links.includes('"blink"');
}

describe("Content the editor would never produce", () => {
  it("A browser shows it harmlessly, and it stays in the shared document", async () => {
    const attacker = await modifiedClient("<img src=x onerror=alert('name')>");
    writeHostileContent(attacker.doc);
    attacker.addContribution("problem", "11111111-2222-4333-8444-555555555555", "Problem mit Namen");

    const { page, problems } = await newPerson(e2e.browser);
    const dialogs: string[] = [];
    page.on("dialog", async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await joinInBrowser(page, server.url, "Vera Vorsicht", { redirectTo: TRACK_PATH });
    await expect
      .poll(() => page.locator("[data-unsupported]").first().textContent())
      .toContain("Unbekannter Inhalt (script)");
    await expect.poll(() => editorText(page)).toContain("Javascript-Link");
    await expect.poll(() => editorText(page)).toContain("Blinkt");
    // The name with HTML in it is shown as text.
    await page.getByRole("button", { name: "Autorschaft anzeigen" }).click();
    await expect.poll(() => trackEditor(page).textContent()).toContain("<img src=x onerror=alert('name')>");

    // The browser edits the document, so its editor binding writes to the shared document.
    await typeAtEnd(page, " Harmlos weitergeschrieben.");
    await expect.poll(() => saveStatus(page).textContent()).toBe("Verbunden · gespeichert (Server)");

    expect(await page.locator('a[href^="javascript:"], a[href^="data:"]').count()).toBe(0);
    expect(await page.locator(".editor script").count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(problems.filter((text) => !/Failed to load resource/.test(text))).toEqual([]);

    // Still in the shared document: for the author and for anyone who loads it afresh.
    await attacker.whenDoc(() => attacker.text().includes("Harmlos weitergeschrieben."), "edit arrived");
    expect(hostileContentIntact(attacker.doc)).toBe(true);
    const later = await modifiedClient("Spätere Leserin");
    expect(hostileContentIntact(later.doc)).toBe(true);
  });
});
