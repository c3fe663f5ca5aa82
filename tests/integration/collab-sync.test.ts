import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { SaveTracker } from "../../app/collab/save-tracker";
import { COLLAB_PATH } from "../../shared/collab-protocol";
import { CollabClient } from "../support/collab-client";
import { joinEvent } from "../support/http-session";
import { countStoredRows, rebuildFromDatabase } from "../support/stored-document";
import { type ApiTrack, fetchTracks, startTestServer } from "../support/test-server";
import { until } from "../support/wait";

let server: Awaited<ReturnType<typeof startTestServer>>;
let tracks: ApiTrack[];
let cookie: string;
const clients: CollabClient[] = [];

function client(documentName: string, name?: string): CollabClient {
  const created = new CollabClient(server.url, documentName, cookie, name);
  clients.push(created);
  return created;
}

function track(index: number): ApiTrack {
  const found = tracks[index];
  if (!found) throw new Error(`no track ${index}`);
  return found;
}

beforeAll(async () => {
  server = await startTestServer();
  cookie = await joinEvent(server.url, "Testperson");
  tracks = await fetchTracks(server.url, cookie);
});

afterAll(async () => {
  for (const each of clients) each.destroy();
  await server.cleanUp();
});

/** Opens a raw WebSocket and resolves with the HTTP status of a refused upgrade, or 101. */
function upgradeStatus(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${server.url.replace("http", "ws")}${path}`, {
      headers: { Cookie: cookie, Origin: server.url },
    });
    ws.on("unexpected-response", (_request, response) => {
      resolve(response.statusCode ?? 0);
      ws.terminate();
    });
    ws.on("open", () => {
      resolve(101);
      ws.close();
    });
    ws.on("error", (error) => reject(error));
  });
}

describe("the collaboration endpoint", () => {
  it("lists the five tracks of the seeded congress with their document names", () => {
    expect(tracks.map((each) => each.slug)).toEqual([
      "ozg",
      "interne-ablaeufe",
      "it-infrastruktur",
      "gesetz-und-regelungen",
      "smart-government",
    ]);
    for (const each of tracks) expect(each.documentName).toBe(`track.${each.id}`);
  });

  it("serves the structure the server created to a stock y-websocket client", async () => {
    const reader = client(track(0).documentName);
    await reader.whenSynced();
    expect(reader.text()).toContain("Problemfelder");
    expect(reader.text()).toContain("Lösungsschritte");
  });

  it("lets two clients converge on the same text", async () => {
    const anna = client(track(1).documentName, "Anna");
    const ben = client(track(1).documentName, "Ben");
    await Promise.all([anna.whenSynced(), ben.whenSynced()]);
    anna.type("E-Akte einführen. ");
    ben.type("Datenaustausch per XÖV. ");
    const both = (text: string) => text.includes("E-Akte einführen.") && text.includes("Datenaustausch per XÖV.");
    await Promise.all([
      anna.whenDoc(() => both(anna.text()), "Anna sees both"),
      ben.whenDoc(() => both(ben.text()), "Ben sees both"),
    ]);
    expect(anna.text()).toBe(ben.text());
  });

  it("gives a client that joins later everything written before", async () => {
    const early = client(track(2).documentName);
    await early.whenSynced();
    early.type("Landesdatennetz ausbauen");
    const tracker = new SaveTracker(early.doc, early.provider);
    await until(tracker.subscribe.bind(tracker), () => tracker.state === "saved", "early text saved");
    tracker.destroy();

    const late = client(track(2).documentName);
    await late.whenSynced();
    expect(late.text()).toContain("Landesdatennetz ausbauen");
  });

  it("confirms a save only when the text is in the database", async () => {
    const writer = client(track(3).documentName);
    await writer.whenSynced();
    const tracker = new SaveTracker(writer.doc, writer.provider);
    expect(tracker.state).toBe("saved");
    writer.type("IT-Grundschutz für Kommunen fördern");
    expect(tracker.state).toBe("saving");
    await until(tracker.subscribe.bind(tracker), () => tracker.state === "saved", "save confirmed");
    const stored = await rebuildFromDatabase(server.databasePath, track(3).documentName);
    expect(stored.getXmlFragment("default").toString()).toContain("IT-Grundschutz für Kommunen fördern");
    tracker.destroy();
  });

  it("refuses every name that is not a track's document before the upgrade, and writes nothing", async () => {
    const rowsBefore = countStoredRows(server.databasePath);
    const loadedBefore = server.registry.loadedCount;
    const refused = [
      `${COLLAB_PATH}/track.${randomUUID()}`,
      `${COLLAB_PATH}/ozg`,
      `${COLLAB_PATH}/${encodeURIComponent(`../track.${track(0).id}`)}`,
      `${COLLAB_PATH}/${track(0).documentName}/..`,
      `${COLLAB_PATH}/%E0%A4%A`,
      `${COLLAB_PATH}/${"x".repeat(4000)}`,
      `${COLLAB_PATH}/`,
    ];
    for (const path of refused) expect(await upgradeStatus(path), path).toBe(404);
    expect(await upgradeStatus("/somewhere-else")).toBe(404);
    expect(countStoredRows(server.databasePath)).toBe(rowsBefore);
    expect(server.registry.loadedCount).toBe(loadedBefore);
  });

  it("accepts the document name of an existing track", async () => {
    expect(await upgradeStatus(`${COLLAB_PATH}/${track(4).documentName}`)).toBe(101);
  });

  it("reports its health", async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok", database: "ok" });
  });
});
