import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { contributions, trackSnapshots } from "../../db/schema";
import { listSnapshots } from "../../server/history/snapshot-store";
import { CollabClient } from "../support/collab-client";
import { postForm } from "../support/http-session";
import { type Cast, createCast } from "../support/principals";
import { rebuildFromDatabase } from "../support/stored-document";
import { startTestServer } from "../support/test-server";
import { until } from "../support/wait";

/**
 * The history of a track document against the real server: snapshots taken by hand and automatically,
 * restored as a new change that every connected client receives and the database stores, and the restore
 * undone. Only moderators of the track may use it.
 */

let server: Awaited<ReturnType<typeof startTestServer>>;
let cast: Cast;
const clients: CollabClient[] = [];

beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server.url, server.db);
});

afterAll(async () => {
  for (const client of clients) client.destroy();
  await server.cleanUp();
});

const historyPath = () => `${cast.trackA.path}/history`;

async function connect(role: "participant" | "moderatorOfTrackA"): Promise<CollabClient> {
  const client = new CollabClient(server.url, cast.trackA.documentName, cast.cookies[role]);
  clients.push(client);
  await client.whenSynced();
  return client;
}

/** The content of a document as XML: element names, attributes (ids, authors) and text. */
function content(doc: Y.Doc): string {
  return doc.getXmlFragment("default").toString();
}

function snapshotContent(id: number): string {
  const row = server.db.select().from(trackSnapshots).where(eq(trackSnapshots.id, id)).get();
  if (!row) throw new Error(`snapshot ${id} missing`);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, row.state);
  const xml = content(doc);
  doc.destroy();
  return xml;
}

/** Posts a form of the history page as the track's moderator; returns the query of the redirect. */
async function historyAction(fields: Record<string, string>): Promise<URLSearchParams> {
  const response = await postForm(server.url, historyPath(), fields, { cookie: cast.cookies.moderatorOfTrackA });
  expect(response.status).toBe(302);
  return new URL(response.headers.get("location") ?? "", server.url).searchParams;
}

function whenReadModel(condition: () => boolean, description: string) {
  return until(
    (onChange) => {
      server.services.readModel.on("changed", onChange);
      return () => server.services.readModel.off("changed", onChange);
    },
    condition,
    description,
  );
}

describe("the history of a track document", () => {
  it("restores a snapshot's text as a new change, keeps the later history, and undoes the restore", async () => {
    const writer = await connect("participant");
    // The watcher sees only what the server committed and relayed.
    const watcher = await connect("moderatorOfTrackA");
    const problemId = randomUUID();
    const stepId = randomUUID();
    writer.addContribution("problem", problemId, "Akten wandern auf Papier zwischen den Ämtern.");
    writer.addContribution("step", stepId, "Eine gemeinsame E-Akte für Land und Kommunen einführen.");
    await watcher.whenDoc(() => watcher.contribution(stepId) !== null, "both contributions relayed");
    const problemAuthor = watcher.contribution(problemId)?.getAttribute("authorName");
    expect(problemAuthor).toBe("Paula Teilnehmerin");

    const first = Number((await historyAction({ intent: "save", name: "Nach der ersten Runde" })).get("snapshot"));
    expect(snapshotContent(first)).toBe(content(watcher.doc));
    const textOfFirst = content(watcher.doc);

    const problemRow = () => server.db.select().from(contributions).where(eq(contributions.id, problemId)).get();
    await whenReadModel(() => problemRow() !== undefined, "the problem is in the read model");

    // Later: the problem is deleted and another one added.
    writer.doc.transact(() => {
      const fragment = writer.doc.getXmlFragment("default");
      const block = writer.contribution(problemId);
      if (!block) throw new Error("the problem is missing");
      fragment.delete(fragment.toArray().indexOf(block), 1);
    });
    writer.addContribution("problem", randomUUID(), "Später eingefügt: Formulare sind nicht barrierefrei.");
    await watcher.whenDoc(
      () => watcher.contribution(problemId) === null && watcher.text().includes("Später eingefügt"),
      "the later change relayed",
    );
    const later = Number((await historyAction({ intent: "save", name: "Später" })).get("snapshot"));
    const textOfLater = content(watcher.doc);
    await whenReadModel(
      () => problemRow()?.deletedAt instanceof Date,
      "the deleted problem is marked deleted in the read model",
    );

    // Restore the first snapshot: both clients receive it, and it is what the database holds.
    const restored = await historyAction({ intent: "restore", snapshotId: String(first) });
    const beforeRestore = Number(restored.get("restored"));
    await watcher.whenDoc(() => content(watcher.doc) === textOfFirst, "watcher sees the restored content");
    await writer.whenDoc(() => content(writer.doc) === textOfFirst, "writer sees the restored content");
    const stored = await rebuildFromDatabase(server.databasePath, cast.trackA.documentName);
    expect(content(stored)).toBe(textOfFirst);
    stored.destroy();

    // The contribution came back with its id and author, and the read model follows.
    expect(watcher.contribution(problemId)?.getAttribute("authorName")).toBe(problemAuthor);
    await whenReadModel(() => problemRow()?.deletedAt === null, "the restored problem is live again in the read model");

    // Nothing after the snapshot is lost: the later snapshot stays, and the state before the restore is saved.
    const ids = listSnapshots(server.db, cast.trackA.id).map((snapshot) => snapshot.id);
    expect(ids).toEqual(expect.arrayContaining([first, later, beforeRestore]));
    expect(snapshotContent(beforeRestore)).toBe(textOfLater);

    // Undo the restore.
    const undone = await historyAction({ intent: "restore", snapshotId: String(beforeRestore), undo: "1" });
    expect(undone.get("undone")).toBe("1");
    await watcher.whenDoc(() => content(watcher.doc) === textOfLater, "watcher sees the restore undone");
    const storedAfterUndo = await rebuildFromDatabase(server.databasePath, cast.trackA.documentName);
    expect(content(storedAfterUndo)).toBe(textOfLater);
    storedAfterUndo.destroy();
  });

  it("takes an automatic snapshot only when the document changed since the last one", async () => {
    const history = server.services.history;
    await history.tick(); // whatever earlier tests changed
    const before = listSnapshots(server.db, cast.trackA.id).length;
    expect(await history.tick()).toBe(0);

    const writer = await connect("participant");
    const watcher = await connect("moderatorOfTrackA");
    writer.addContribution("problem", randomUUID(), "Automatisch gesichert: Terminvergabe online.");
    await watcher.whenDoc(() => watcher.text().includes("Terminvergabe online"), "change relayed");

    expect(await history.tick()).toBe(1);
    expect(await history.tick()).toBe(0);
    const after = listSnapshots(server.db, cast.trackA.id);
    expect(after).toHaveLength(before + 1);
    expect(after.at(-1)?.kind).toBe("auto");
  });

  it("is for moderators of the track only", async () => {
    const status = async (role: keyof Cast["cookies"], method: "GET" | "POST") => {
      const response =
        method === "GET"
          ? await fetch(`${server.url}${historyPath()}`, {
              headers: { Cookie: cast.cookies[role] },
              redirect: "manual",
            })
          : await postForm(server.url, historyPath(), { intent: "save", name: "x" }, { cookie: cast.cookies[role] });
      return response.status;
    };
    const count = () => listSnapshots(server.db, cast.trackA.id).length;
    const snapshotsBefore = count();
    for (const role of ["participant", "observer", "participantOfOtherEvent"] as const) {
      expect(await status(role, "GET"), `${role} GET`).toBe(403);
      expect(await status(role, "POST"), `${role} POST`).toBe(403);
    }
    expect(await status("anonymous", "GET")).toBe(302);
    expect(await status("moderatorOfTrackA", "GET")).toBe(200);
    expect(await status("eventModerator", "GET")).toBe(200);
    expect(count()).toBe(snapshotsBefore);

    const otherTrack = `${cast.trackB.path}/history`;
    const response = await fetch(`${server.url}${otherTrack}`, {
      headers: { Cookie: cast.cookies.moderatorOfTrackA },
      redirect: "manual",
    });
    expect(response.status).toBe(403);
  });

  it("refuses a snapshot of another track and a bad name, and changes nothing", async () => {
    const history = server.services.history;
    const moderator = { key: "user:test", name: "Test" };
    const ofTrackB = await history.takeSnapshot(cast.trackB.id, { name: "B", kind: "manual", actor: moderator });
    if (!ofTrackB) throw new Error("snapshot of track B not taken");
    const watcher = await connect("moderatorOfTrackA");
    const before = content(watcher.doc);
    const count = () => listSnapshots(server.db, cast.trackA.id).length;
    const snapshotsBefore = count();

    const crossTrack = await postForm(
      server.url,
      historyPath(),
      { intent: "restore", snapshotId: String(ofTrackB.id) },
      { cookie: cast.cookies.moderatorOfTrackA },
    );
    expect(crossTrack.status).toBe(404);
    expect(await crossTrack.text()).toContain("Diesen gespeicherten Stand gibt es nicht (mehr).");

    const longName = await postForm(
      server.url,
      historyPath(),
      { intent: "save", name: "x".repeat(101) },
      { cookie: cast.cookies.moderatorOfTrackA },
    );
    expect(longName.status).toBe(400);
    expect(await longName.text()).toContain("Bitte höchstens 100 Zeichen.");

    for (const snapshotId of ["0", "-1", "1e3", "abc", "1".repeat(20)]) {
      const response = await postForm(
        server.url,
        historyPath(),
        { intent: "restore", snapshotId },
        { cookie: cast.cookies.moderatorOfTrackA },
      );
      expect(response.status, snapshotId).toBe(400);
    }
    expect(count()).toBe(snapshotsBefore);
    expect(content(watcher.doc)).toBe(before);
  });

  it("takes a snapshot named after the phase at each phase change", async () => {
    const history = server.services.history;
    const phaseSnapshots = () =>
      listSnapshots(server.db, cast.trackA.id).filter(
        (snapshot) => snapshot.kind === "phase" && snapshot.name === "vote",
      );
    expect(phaseSnapshots()).toHaveLength(0);
    const taken = until(
      (onChange) => {
        history.on("taken", onChange);
        return () => history.off("taken", onChange);
      },
      () => phaseSnapshots().length === 1,
      "phase snapshot taken",
    );
    server.services.phases.emit("phaseChanged", {
      trackId: cast.trackA.id,
      eventId: cast.eventId,
      from: "collect",
      to: "vote",
      actor: "user:test",
    });
    await taken;
    expect(phaseSnapshots()[0]?.createdBy).toBe("user:test");
  });
});
