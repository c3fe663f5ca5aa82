import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:net";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { CloseCode } from "../../shared/collab-protocol";
import { CollabClient } from "../support/collab-client";
import { logIn, TEST_ADMIN } from "../support/http-session";
import { closeCodeOf } from "../support/raw-socket";
import { attackerSocket, SyncStep, settle, syncFrame } from "./frames";
import { hostileServer, storedRowsOf } from "./hostile-server";

const setting = hostileServer();
const { server } = setting;
let adminCookie = "";
/** A listener on this machine that the exported content points at: any connection to it is a failure. */
let bait: Server | null = null;
let baitConnections = 0;

beforeAll(async () => {
  adminCookie = await logIn(server.url, TEST_ADMIN.email, TEST_ADMIN.password);
  const listener = createServer((socket) => {
    baitConnections++;
    socket.destroy();
  });
  bait = listener;
  await new Promise<void>((resolve) => listener.listen(0, "127.0.0.1", resolve));
});

afterAll(() => {
  bait?.close();
});

function baitUrl(path: string): string {
  const address = bait?.address();
  return `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}${path}`;
}

function eventIdOf(trackId: string): string {
  const sqlite = new Database(server.databasePath, { readonly: true });
  try {
    return (sqlite.prepare("select event_id as id from tracks where id = ?").get(trackId) as { id: string }).id;
  } finally {
    sqlite.close();
  }
}

/** Elements nested `depth` deep, built on top of what `base` holds. */
function nestingUpdate(base: Y.Doc, depth: number): Uint8Array {
  const scratch = new Y.Doc();
  Y.applyUpdate(scratch, Y.encodeStateAsUpdate(base));
  const before = Y.encodeStateVector(scratch);
  scratch.transact(() => {
    let parent = new Y.XmlElement("div");
    scratch.getXmlFragment("default").push([parent]);
    for (let i = 1; i < depth; i++) {
      const child = new Y.XmlElement("div");
      parent.push([child]);
      parent = child;
    }
  });
  return Y.encodeStateAsUpdate(scratch, before);
}

/** Starts an export as the admin's browser would, waits for it and downloads the file. */
async function exportDraft(eventId: string, format: string): Promise<Buffer> {
  const headers = { "Content-Type": "application/x-www-form-urlencoded", Origin: server.url, Cookie: adminCookie };
  const started = await fetch(`${server.url}/exports`, {
    method: "POST",
    headers,
    body: new URLSearchParams({ eventId, format, draft: "1" }),
  });
  expect(started.status).toBe(202);
  const job = (await started.json()) as { statusUrl: string; fileUrl: string };
  await expect
    .poll(
      async () =>
        ((await (await fetch(`${server.url}${job.statusUrl}`, { headers })).json()) as { status: string }).status,
      {
        timeout: 60_000,
      },
    )
    .toBe("done");
  return Buffer.from(await (await fetch(`${server.url}${job.fileUrl}`, { headers })).arrayBuffer());
}

describe("content written straight into a track's document", () => {
  it("elements nested thousands deep are refused whole; nesting one level at a time stops at the bound", async () => {
    const { documentName } = setting.attacked;
    const holder = await setting.holdOpen(documentName);
    const rowsBefore = storedRowsOf(server.databasePath, documentName);
    const watch = await setting.watch();

    const ws = await attackerSocket(server.url, documentName, setting.cookie);
    const closed = closeCodeOf(ws);
    // Deep enough to overflow recursive readers (the editor in a browser, the read model); 60 times the bound.
    ws.send(syncFrame(SyncStep.update, nestingUpdate(holder.doc, 3_000)));
    expect(await closed).toBe(CloseCode.protocolError);
    expect(storedRowsOf(server.databasePath, documentName)).toEqual(rowsBefore);

    // One level deeper with each update, as a patient attacker would.
    const stepper = await attackerSocket(server.url, documentName, setting.cookie);
    const source = new Y.Doc();
    Y.applyUpdate(source, Y.encodeStateAsUpdate(holder.doc));
    let parent: Y.XmlFragment | Y.XmlElement = source.getXmlFragment("default");
    let outcome: "settled" | number = "settled";
    let levels = 0;
    while (outcome === "settled" && levels < 200) {
      const before = Y.encodeStateVector(source);
      const child: Y.XmlElement = new Y.XmlElement("div");
      parent.push([child]);
      parent = child;
      levels++;
      stepper.send(syncFrame(SyncStep.update, Y.encodeStateAsUpdate(source, before)));
      outcome = await settle(stepper);
    }
    expect(outcome).toBe(CloseCode.protocolError);
    expect(levels).toBeLessThan(200);
    await watch.verify();
  });

  it("script links and unknown nodes stay in the document, and no export carries them or reaches out", async () => {
    const track = setting.attacked;
    const attacker = new CollabClient(server.url, track.documentName, setting.cookie, "Modifiziert");
    await attacker.whenSynced();
    const watch = await setting.watch();

    const problemId = randomUUID();
    const longId = randomUUID();
    const fragment = attacker.doc.getXmlFragment("default");
    attacker.doc.transact(() => {
      const problem = new Y.XmlElement("problem");
      problem.setAttribute("id", problemId);
      const paragraph = new Y.XmlElement("paragraph");
      const text = new Y.XmlText();
      paragraph.insert(0, [text]);
      const unknown = new Y.XmlElement("iframe");
      unknown.setAttribute("src", "file:///etc/passwd");
      problem.insert(0, [paragraph, unknown]);
      fragment.push([problem]);
      text.insert(0, "Skriptlink ", { link: { href: "javascript:alert(1)" } });
      text.insert(text.length, "Datenlink ", { link: { href: "data:text/html,<script>alert(2)</script>" } });
      text.insert(text.length, "VB-Link ", { link: { href: "vbscript:msgbox(3)" } });
      text.insert(text.length, "Dateilink ", { link: { href: "file:///etc/passwd" } });
      text.insert(text.length, "Lokal ", { link: { href: baitUrl("/link") } });
      text.insert(text.length, `Bild ![x](${baitUrl("/bild.png")}) <img src="${baitUrl("/img")}"> Ende`);
    });
    attacker.addContribution("problem", longId, `Langer Absatz ${"Verwaltung ".repeat(10_000)}`);
    const eventId = eventIdOf(track.id);

    // The read model takes them up; the admin adopts both into the Fahrplan.
    await expect
      .poll(async () => {
        const board = await fetch(`${server.url}/moderation/board?event=${eventId}`, {
          headers: { Cookie: adminCookie },
        });
        return (await board.text()).includes("Skriptlink");
      })
      .toBe(true);
    const adopted = await fetch(`${server.url}/moderation/board?event=${eventId}`, {
      method: "POST",
      redirect: "manual",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: server.url, Cookie: adminCookie },
      body: new URLSearchParams([
        ["intent", "adopt"],
        ["contributionIds", problemId],
        ["contributionIds", longId],
      ]),
    });
    expect(adopted.status).toBe(200);

    // Searching the long paragraph for two forms of its one word: every position is a hit of both.
    const searched = await fetch(`${server.url}/moderation/search?q=${encodeURIComponent("Verwaltung Verwaltungen")}`, {
      headers: { Cookie: adminCookie },
    });
    expect(searched.status).toBe(200);

    for (const format of ["md", "json", "pdf"]) {
      const file = await exportDraft(eventId, format);
      const raw = file.toString("latin1");
      if (format !== "pdf") expect(raw, format).toContain("Skriptlink");
      for (const target of ["javascript:", "vbscript:", "data:text/html", "file:///", "root:x:0:0"]) {
        expect(raw.includes(target), `${format} carries ${target}`).toBe(false);
      }
      if (format === "pdf") {
        const uris = [...raw.matchAll(/\/URI\s*\(([^)]*)\)/g)].map((match) => match[1]);
        expect(uris.filter((uri) => /javascript|vbscript|data:|file:|127\.0\.0\.1/.test(uri ?? ""))).toEqual([]);
      }
      // Bounded: no format blows the 110 KB paragraph up by more than a few times.
      expect(file.length, format).toBeLessThan(4 * 1024 * 1024);
    }
    expect(baitConnections).toBe(0);

    // Still in the shared document, untouched, for anyone who loads it afresh.
    const reader = new CollabClient(server.url, track.documentName, setting.cookie, "Leserin");
    await reader.whenSynced();
    const paragraph = reader.contribution(problemId)?.get(0);
    const text = paragraph instanceof Y.XmlElement ? paragraph.get(0) : null;
    const delta = JSON.stringify(text instanceof Y.XmlText ? text.toDelta() : null);
    expect(delta).toContain("javascript:alert(1)");
    expect(reader.contribution(problemId)?.toString()).toContain("<iframe");
    reader.destroy();
    attacker.destroy();
    await watch.verify();
    // Three exports in worker threads on a shared machine; the runner itself stops any export after 60 s.
  }, 120_000);
});
