import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { CloseCode } from "../../shared/collab-protocol";
import { health, startFaultServer } from "../support/fault-server";
import { closeCodeOf, openCollabSocket } from "../support/raw-socket";
import { rebuildFromDatabase } from "../support/stored-document";

type Row = { id: number; update: Buffer };

function storedRows(databasePath: string, documentName: string): { updates: Row[]; snapshots: unknown[] } {
  const sqlite = new Database(databasePath, { readonly: true });
  try {
    return {
      updates: sqlite
        .prepare('select id, "update" from document_updates where document_name = ? order by id')
        .all(documentName) as Row[],
      snapshots: sqlite.prepare("select * from document_snapshots where document_name = ?").all(documentName),
    };
  } finally {
    sqlite.close();
  }
}

/**
 * Damages what is stored for the document the way a bad sector or a broken tool would: its snapshot (the
 * whole compacted content, after the clean stop) cut in half.
 */
function corruptSnapshot(databasePath: string, documentName: string): void {
  const sqlite = new Database(databasePath);
  try {
    const { state } = sqlite
      .prepare("select state from document_snapshots where document_name = ?")
      .get(documentName) as { state: Buffer };
    const truncated = state.subarray(0, Math.floor(state.length / 2));
    sqlite.prepare("update document_snapshots set state = ? where document_name = ?").run(truncated, documentName);
  } finally {
    sqlite.close();
  }
}

describe("a corrupt stored update", () => {
  it("makes that track refuse with 4503 and leaves its rows untouched, while other tracks work", async () => {
    const { server, databasePath, trackA, trackB, cookie, connect } = await startFaultServer();
    const writer = connect("Anna", { track: trackB });
    await writer.whenSynced();
    writer.type("Text in Workshop B, der danach beschädigt wird.");
    writer.destroy();
    expect(await server.stop("SIGTERM")).toBe(0);
    corruptSnapshot(databasePath, trackB.documentName);
    const before = storedRows(databasePath, trackB.documentName);
    await server.start();

    const { ws } = await openCollabSocket(server.url, trackB.documentName, { cookie });
    expect(ws, "the upgrade itself succeeds, so that the client learns why").not.toBeNull();
    const closed = new Promise<{ code: number; reason: string }>((resolve) =>
      ws?.once("close", (code, reason) => resolve({ code, reason: reason.toString() })),
    );
    const refusal = await closed;
    expect(refusal.code).toBe(CloseCode.documentUnavailable);
    expect(refusal.reason).toMatch(/kann nicht geladen werden/);

    // Other tracks work: a participant writes into track A and it is stored.
    const other = connect("Ben", { track: trackA });
    await other.whenSynced();
    other.type("Workshop A arbeitet weiter.");
    const anotherWs = (await openCollabSocket(server.url, trackB.documentName, { cookie })).ws;
    expect(await closeCodeOf(anotherWs as NonNullable<typeof anotherWs>)).toBe(CloseCode.documentUnavailable);
    expect((await health(server.url)).httpStatus).toBe(200);

    // A clean stop stores and compacts what is loaded; the damaged track must not be part of that.
    other.destroy();
    expect(await server.stop("SIGTERM")).toBe(0);
    expect(storedRows(databasePath, trackB.documentName)).toEqual(before);
    const storedA = await rebuildFromDatabase(databasePath, trackA.documentName);
    expect(storedA.getXmlFragment("default").toString()).toContain("Workshop A arbeitet weiter.");
    storedA.destroy();
  });
});
