import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { CollabClient } from "../support/collab-client";
import { joinEvent } from "../support/http-session";
import { ServerProcess } from "../support/server-process";
import { containsState, rebuildFromDatabase } from "../support/stored-document";
import { tempDir } from "../support/temp-dir";
import { fetchTracks } from "../support/test-server";

const cleanUps: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanUp of cleanUps.splice(0).reverse()) await cleanUp();
});

interface Typist {
  client: CollabClient;
  tokens: string[];
  timer: NodeJS.Timeout;
}

/** A client that types a numbered token every few milliseconds, so that every keystroke can be counted. */
function startTyping(client: CollabClient, prefix: string, everyMs: number): Typist {
  const tokens: string[] = [];
  const timer = setInterval(() => {
    const token = `<${prefix}${tokens.length}>`;
    tokens.push(token);
    client.type(token);
  }, everyMs);
  return { client, tokens, timer };
}

function occurrences(text: string, token: string): number {
  return text.split(token).length - 1;
}

async function setUp() {
  const dir = tempDir();
  const databasePath = dir.file("fahrplan.db");
  const server = new ServerProcess(databasePath);
  await server.start(0);
  const cookie = await joinEvent(server.url, "Testperson");
  const [track] = await fetchTracks(server.url, cookie);
  if (!track) throw new Error("no track seeded");
  const clients: CollabClient[] = [];
  const connect = (name: string) => {
    const client = new CollabClient(server.url, track.documentName, cookie, name);
    clients.push(client);
    return client;
  };
  cleanUps.push(() => dir.remove());
  cleanUps.push(() => server.stop("SIGKILL").then(() => undefined));
  cleanUps.push(() => {
    for (const client of clients) client.destroy();
  });
  return { server, databasePath, documentName: track.documentName, connect };
}

/** Every client ends with the same text, containing every token that was typed exactly once. */
async function expectConvergedWithoutLoss(clients: CollabClient[], typists: Typist[]) {
  const everyToken = typists.flatMap((typist) => typist.tokens);
  const complete = (client: CollabClient) => everyToken.every((token) => client.text().includes(token));
  await Promise.all(clients.map((client) => client.whenDoc(() => complete(client), "all tokens arrived")));
  await Promise.all(
    clients.map((client) => client.whenDoc(() => client.text() === clients[0]?.text(), "clients converged")),
  );
  const text = clients[0]?.text() ?? "";
  for (const token of everyToken) expect(occurrences(text, token), token).toBe(1);
  expect(occurrences(text, "Problemfelder")).toBe(1);
}

describe("persistence across crashes", () => {
  it("keeps everything a watching client saw through kill -9, and converges without duplication after restart", async () => {
    const { server, databasePath, documentName, connect } = await setUp();
    const watcher = connect("Beobachter");
    const anna = connect("Anna");
    const ben = connect("Ben");
    await Promise.all([watcher.whenSynced(), anna.whenSynced(), ben.whenSynced()]);
    const typists = [startTyping(anna, "A", 4), startTyping(ben, "B", 7)];

    // Three crashes, each at a random moment of busy typing.
    for (let round = 0; round < 3; round++) {
      const seenBefore = watcher.text().length;
      await watcher.whenDoc(() => watcher.text().length > seenBefore + 40 + Math.random() * 400, "typing under way");
      await server.stop("SIGKILL");
      await watcher.whenDisconnected();
      const seen = Y.encodeStateAsUpdate(watcher.doc);

      const stored = await rebuildFromDatabase(databasePath, documentName);
      expect(containsState(stored, seen), `round ${round}: the database holds all the watcher saw`).toBe(true);
      stored.destroy();
      await server.start();
    }

    for (const typist of typists) clearInterval(typist.timer);
    await expectConvergedWithoutLoss([watcher, anna, ben], typists);
  });

  it("stores everything on SIGTERM, closes clients with 1012 and exits 0", async () => {
    const { server, databasePath, documentName, connect } = await setUp();
    const watcher = connect("Beobachter");
    const anna = connect("Anna");
    await Promise.all([watcher.whenSynced(), anna.whenSynced()]);
    const closeCodes: number[] = [];
    watcher.provider.on("connection-close", (event) => closeCodes.push(event?.code ?? 0));
    const typists = [startTyping(anna, "A", 3)];
    await watcher.whenDoc(() => watcher.text().length > 300, "typing under way");

    expect(await server.stop("SIGTERM")).toBe(0);
    await watcher.whenDisconnected();
    expect(closeCodes).toContain(1012);
    const stored = await rebuildFromDatabase(databasePath, documentName);
    expect(containsState(stored, Y.encodeStateAsUpdate(watcher.doc))).toBe(true);
    stored.destroy();

    await server.start();
    for (const typist of typists) clearInterval(typist.timer);
    await expectConvergedWithoutLoss([watcher, anna], typists);
  });
});
