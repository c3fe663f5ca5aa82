import { randomUUID } from "node:crypto";
import { connect, type Socket } from "node:net";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { COLLAB_PATH } from "../../shared/collab-protocol";
import { readHealth } from "../support/survival";
import { hostileServer, storedRowsOf } from "./hostile-server";

const setting = hostileServer();
const { server } = setting;

/**
 * Sends raw bytes and resolves with the server's answer up to the end of its headers, or with whatever it
 * sent before it closed the connection. (The socket is not half-closed: Node drops a connection whose
 * client half-closes before an asynchronous answer is ready.)
 */
function rawExchange(request: string | Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, "127.0.0.1");
    const chunks: Buffer[] = [];
    const answer = () => Buffer.concat(chunks).toString("latin1");
    socket.on("data", (chunk) => {
      chunks.push(chunk);
      if (!answer().includes("\r\n\r\n")) return;
      socket.destroy();
      resolve(answer());
    });
    socket.on("error", reject);
    socket.on("close", () => resolve(answer()));
    socket.write(request);
  });
}

function statusOf(response: string): number {
  return Number(response.match(/^HTTP\/1\.1 (\d{3})/)?.[1] ?? 0);
}

function upgradeRequest(path: string, headers: Record<string, string>): string {
  const lines = Object.entries({
    Host: `127.0.0.1:${server.port}`,
    Origin: server.url,
    Cookie: setting.cookie,
    ...headers,
  }).map(([name, value]) => `${name}: ${value}`);
  return `GET ${path} HTTP/1.1\r\n${lines.join("\r\n")}\r\n\r\n`;
}

const websocketHeaders = {
  Connection: "Upgrade",
  Upgrade: "websocket",
  "Sec-WebSocket-Version": "13",
  "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==",
};

/** A slowloris client: sends the start of a request, then one more header line a second, never the end. */
function slowloris(): Promise<string> {
  return new Promise((resolve) => {
    const socket: Socket = connect(server.port, "127.0.0.1");
    const chunks: Buffer[] = [];
    let line = 0;
    const trickle = setInterval(() => socket.write(`X-Langsam-${line++}: ${"a".repeat(20)}\r\n`), 1000);
    socket.on("data", (chunk) => chunks.push(chunk));
    socket.on("error", () => {}); // a reset is as good as a close here
    socket.on("close", () => {
      clearInterval(trickle);
      resolve(Buffer.concat(chunks).toString("latin1"));
    });
    socket.write(`GET /healthz HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\n`);
  });
}

describe("malformed HTTP", () => {
  it("huge headers get 431, also on an upgrade", async () => {
    const watch = await setting.watch();
    const huge = "x".repeat(200_000);
    expect(statusOf(await rawExchange(`GET /healthz HTTP/1.1\r\nHost: a\r\nX-Gross: ${huge}\r\n\r\n`))).toBe(431);
    const upgrade = upgradeRequest(`${COLLAB_PATH}/${setting.attacked.documentName}`, {
      ...websocketHeaders,
      "X-Gross": huge,
    });
    expect(statusOf(await rawExchange(upgrade))).toBe(431);
    await watch.verify();
  });

  it("an upgrade without Upgrade header, or with a bad key or version, gets a 4xx; nothing loaded or written", async () => {
    // A track nobody has opened yet: loading it would write its empty structure.
    const { documentName } = setting.spare;
    const rowsBefore = storedRowsOf(server.databasePath, documentName);
    const watch = await setting.watch();
    const loadedBefore = (await readHealth(server.url)).report.loadedDocuments;
    const path = `${COLLAB_PATH}/${documentName}`;
    const answers = [
      await rawExchange(upgradeRequest(path, { ...websocketHeaders, Upgrade: "" })),
      await rawExchange(upgradeRequest(path, { Connection: "Upgrade" })),
      await rawExchange(upgradeRequest(path, { ...websocketHeaders, Upgrade: "h2c" })),
      await rawExchange(upgradeRequest(path, { ...websocketHeaders, "Sec-WebSocket-Key": "kurz" })),
      await rawExchange(upgradeRequest(path, { ...websocketHeaders, "Sec-WebSocket-Key": "" })),
      await rawExchange(upgradeRequest(path, { ...websocketHeaders, "Sec-WebSocket-Version": "99" })),
    ];
    for (const [index, answer] of answers.entries()) {
      expect(statusOf(answer), `${index}: ${answer.slice(0, 80)}`).toBeGreaterThanOrEqual(400);
      expect(statusOf(answer), `${index}: ${answer.slice(0, 80)}`).toBeLessThan(500);
    }
    // A document loaded for a refused handshake would be unloaded only after its rows were written.
    await expect.poll(async () => (await readHealth(server.url)).report.loadedDocuments).toBe(loadedBefore);
    expect(storedRowsOf(server.databasePath, documentName)).toEqual(rowsBefore);
    await watch.verify();
  });

  it("slowloris clients are answered 408 and cut off, while everyone else is served", async () => {
    const watch = await setting.watch();
    const answers = await Promise.all(Array.from({ length: 50 }, slowloris));
    for (const answer of answers) expect(answer === "" || statusOf(answer) === 408, answer.slice(0, 80)).toBe(true);
    await watch.verify();
  });

  it("garbage instead of HTTP gets 400", async () => {
    const watch = await setting.watch();
    expect(statusOf(await rawExchange(Buffer.from([0, 1, 2, 3, 0xff, 13, 10, 13, 10])))).toBe(400);
    expect(statusOf(await rawExchange("GET /healthz HTTP/1.1\r\nHost: a\r\nContent-Length: -5\r\n\r\n"))).toBe(400);
    expect(statusOf(await rawExchange("GET /\u0000 HTTP/1.1\r\nHost: a\r\n\r\n"))).toBe(400);
    await watch.verify();
  });
});

/**
 * Tries an upgrade with the request line exactly as given (a WebSocket client would normalise `..` and
 * trim spaces first); resolves with the HTTP status of the answer.
 */
function upgradeStatus(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, "127.0.0.1");
    let answer = "";
    socket.on("data", (chunk) => {
      answer += chunk.toString("latin1");
      if (!answer.includes("\r\n")) return;
      socket.destroy();
      resolve(Number(answer.match(/^HTTP\/1\.1 (\d{3})/)?.[1] ?? 0));
    });
    socket.on("close", () => resolve(Number(answer.match(/^HTTP\/1\.1 (\d{3})/)?.[1] ?? 0)));
    socket.on("error", reject);
    const headers = [
      `Host: 127.0.0.1:${server.port}`,
      `Origin: ${server.url}`,
      `Cookie: ${setting.cookie}`,
      "Connection: Upgrade",
      "Upgrade: websocket",
      "Sec-WebSocket-Version: 13",
      "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==",
    ];
    socket.write(`GET ${path} HTTP/1.1\r\n${headers.join("\r\n")}\r\n\r\n`);
  });
}

/** The names of all documents that have rows in the database. */
function storedDocumentNames(): string[] {
  const sqlite = new Database(server.databasePath, { readonly: true });
  try {
    const rows = sqlite
      .prepare("select document_name as name from document_updates union select document_name from document_snapshots")
      .all() as { name: string }[];
    return rows.map((row) => row.name);
  } finally {
    sqlite.close();
  }
}

describe("upgrade URLs that name no document of a track", () => {
  it("are refused before the upgrade: nothing loaded, no row written", async () => {
    const track = setting.attacked;
    const cyrillicT = "\u0442"; // looks like a Latin t
    const refused = [
      `${COLLAB_PATH}/track.${randomUUID()}`,
      `${COLLAB_PATH}/../track.${track.id}`,
      `${COLLAB_PATH}/..%2Ftrack.${track.id}`,
      `${COLLAB_PATH}/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd`,
      `${COLLAB_PATH}/${track.documentName}/..`,
      `${COLLAB_PATH}/${track.documentName}%2F..%2F..`,
      `${COLLAB_PATH}/${track.documentName}%00`,
      `${COLLAB_PATH}/${track.documentName}%20`,
      `${COLLAB_PATH}//${track.documentName}`,
      `${COLLAB_PATH}/${track.documentName.toUpperCase()}`,
      `${COLLAB_PATH}/${encodeURIComponent(`${cyrillicT}rack.${track.id}`)}`,
      `${COLLAB_PATH}/track.${track.id.replace(/-/g, "")}`,
      `${COLLAB_PATH}/track.${track.id}.draft.${randomUUID()}`,
      `${COLLAB_PATH}/%E0%A4%A`,
      `${COLLAB_PATH}/${"a".repeat(6000)}`,
      `${COLLAB_PATH}/`,
    ];
    const watch = await setting.watch();
    const loadedBefore = (await readHealth(server.url)).report.loadedDocuments;
    for (const path of refused) expect([400, 404], path.slice(0, 120)).toContain(await upgradeStatus(path));
    // A URL too long for the request line is cut off by Node itself.
    expect([414, 431]).toContain(await upgradeStatus(`${COLLAB_PATH}/${"a".repeat(100_000)}`));

    expect((await readHealth(server.url)).report.loadedDocuments).toBe(loadedBefore);
    // The same request with the document's real name is upgraded: the refusals above were the names'.
    expect(await upgradeStatus(`${COLLAB_PATH}/${setting.control.documentName}`)).toBe(101);
    await watch.verify();
    // Rows exist only for documents of the seeded tracks: none for any of the names refused above.
    const trackDocuments = new Set(setting.tracks.map((track) => track.documentName));
    expect(storedDocumentNames().filter((name) => !trackDocuments.has(name))).toEqual([]);
  });
});
