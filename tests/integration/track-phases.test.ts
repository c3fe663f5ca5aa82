import { request as httpRequest } from "node:http";
import { and, desc, eq } from "drizzle-orm";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { WebSocket } from "ws";
import * as Y from "yjs";
import { auditLog, tracks } from "../../db/schema";
import { CloseCode, MessageType } from "../../shared/collab-protocol";
import { parseTrackState, type TrackPhase, type TrackState } from "../../shared/track-phase";
import { CollabClient } from "../support/collab-client";
import { postForm } from "../support/http-session";
import { type Cast, createCast, type Role } from "../support/principals";
import { closeCodeOf, openCollabSocket } from "../support/raw-socket";
import { rebuildFromDatabase } from "../support/stored-document";
import { startTestServer } from "../support/test-server";
import { until } from "../support/wait";

/**
 * Phases and timer of a track (issue #8, ADR 008): who may change them, how the change reaches every open
 * page of the track over the collaboration socket, and that the closed phase takes writing away on the
 * server, whatever a client sends.
 */

let server: Awaited<ReturnType<typeof startTestServer>>;
let cast: Cast;
const sockets: WebSocket[] = [];
const clients: CollabClient[] = [];

beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server.url, server.db);
});

afterAll(async () => {
  for (const ws of sockets) ws.terminate();
  for (const client of clients) client.destroy();
  await server.cleanUp();
});

function frame(type: number, write: (encoder: encoding.Encoder) => void = () => {}): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** A raw socket to a track's document that records every track state the server sends it. */
class StateListener {
  readonly states: TrackState[] = [];
  private readonly listeners = new Set<() => void>();

  private constructor(readonly ws: WebSocket) {
    ws.on("message", (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      if (decoding.readVarUint(decoder) !== MessageType.trackState) return;
      const state = parseTrackState(decoding.readVarString(decoder));
      if (!state) throw new Error("the server sent a malformed track state");
      this.states.push(state);
      for (const listener of this.listeners) listener();
    });
  }

  static async open(documentName: string, cookie: string, subscribe = true): Promise<StateListener> {
    const { ws } = await openCollabSocket(server.url, documentName, { cookie });
    if (!ws) throw new Error("upgrade refused");
    sockets.push(ws);
    const listener = new StateListener(ws);
    if (subscribe) {
      ws.send(frame(MessageType.trackState));
      await listener.whenState(() => true, "the first state");
    }
    return listener;
  }

  get latest(): TrackState | undefined {
    return this.states.at(-1);
  }

  whenState(condition: (state: TrackState) => boolean, description: string): Promise<void> {
    return until(
      (onChange) => {
        this.listeners.add(onChange);
        return () => this.listeners.delete(onChange);
      },
      () => this.latest !== undefined && condition(this.latest),
      description,
    );
  }

  /**
   * Resolves once the server has handled everything sent before: it answers a sync step 1 in order. (Not a
   * save confirmation: a read-only connection that sent a change gets none, by design.)
   */
  async settle(frames: Uint8Array[] = []): Promise<void> {
    const answered = new Promise<void>((resolve) => {
      this.ws.on("message", (data: Buffer) => {
        if (data[0] === MessageType.sync && data[1] === 1) resolve(); // sync step 2
      });
    });
    for (const each of frames) this.ws.send(each);
    this.ws.send(
      frame(MessageType.sync, (e) => {
        encoding.writeVarUint(e, 0); // sync step 1
        encoding.writeVarUint8Array(e, Y.encodeStateVector(new Y.Doc()));
      }),
    );
    await answered;
  }
}

function postState(path: string, role: Role, fields: Record<string, string>): Promise<Response> {
  return postForm(server.url, `${path}/state`, fields, { cookie: cast.cookies[role] });
}

function phaseOf(trackId: string): TrackPhase | undefined {
  return server.db.select({ phase: tracks.phase }).from(tracks).where(eq(tracks.id, trackId)).get()?.phase;
}

/** An update that appends a paragraph, built on top of a document's current state. */
function paragraphUpdate(base: Y.Doc, text: string): Uint8Array {
  const scratch = new Y.Doc();
  Y.applyUpdate(scratch, Y.encodeStateAsUpdate(base));
  const before = Y.encodeStateVector(scratch);
  const paragraph = new Y.XmlElement("paragraph");
  paragraph.insert(0, [new Y.XmlText(text)]);
  scratch.getXmlFragment("default").push([paragraph]);
  return Y.encodeStateAsUpdate(scratch, before);
}

describe("a phase change reaches every open page of the track", () => {
  it("sends the new phase to every subscribed connection, and nothing to a stock client", async () => {
    const participant = await StateListener.open(cast.trackA.documentName, cast.cookies.participant);
    const observer = await StateListener.open(cast.trackA.documentName, cast.cookies.observer);
    const stock = await StateListener.open(cast.trackA.documentName, cast.cookies.participant, false);
    expect(participant.latest?.phase).toBe("collect");

    const response = await postState(cast.trackA.path, "moderatorOfTrackA", { intent: "phase", phase: "vote" });
    expect(response.status).toBe(200);
    expect(((await response.json()) as TrackState).phase).toBe("vote");

    await participant.whenState((state) => state.phase === "vote", "participant sees Abstimmen");
    await observer.whenState((state) => state.phase === "vote", "observer sees Abstimmen");
    // Entering Abstimmen opens the voting.
    expect(server.db.select().from(tracks).where(eq(tracks.id, cast.trackA.id)).get()?.votingOpen).toBe(true);
    // A client that never subscribed gets no frame it does not understand.
    await stock.settle();
    expect(stock.states).toEqual([]);

    await postState(cast.trackA.path, "moderatorOfTrackA", { intent: "phase", phase: "curate" });
    await participant.whenState((state) => state.phase === "curate", "participant sees Kuratieren");
    // Leaving it closes the voting again.
    expect(server.db.select().from(tracks).where(eq(tracks.id, cast.trackA.id)).get()?.votingOpen).toBe(false);
  });

  it("sends the timer with the server's clock, so that every screen counts down the same time", async () => {
    const participant = await StateListener.open(cast.trackA.documentName, cast.cookies.participant);
    const before = Date.now();
    const started = await postState(cast.trackA.path, "eventModerator", { intent: "timer-start", minutes: "5" });
    expect(started.status).toBe(200);
    await participant.whenState((state) => state.timer.endsAt !== null, "a running timer");
    const after = Date.now();
    const state = participant.latest as TrackState;
    expect(state.timer.durationMs).toBe(5 * 60_000);
    // The end is a moment of the server's clock (the test shares the machine's clock with the server).
    expect(state.serverNow).toBeGreaterThanOrEqual(before);
    expect(state.serverNow).toBeLessThanOrEqual(after);
    expect(state.timer.endsAt).toBeGreaterThanOrEqual(before + 5 * 60_000);
    expect(state.timer.endsAt).toBeLessThanOrEqual(state.serverNow + 5 * 60_000);

    await postState(cast.trackA.path, "eventModerator", { intent: "timer-stop" });
    await participant.whenState((each) => each.timer.endsAt === null, "the timer stopped");
  });
});

describe("the state route", () => {
  it("answers GET with the state for everyone who may see the track, and nobody else", async () => {
    const read = (role: Role) =>
      fetch(`${server.url}${cast.trackA.path}/state`, { headers: { Cookie: cast.cookies[role] } });
    const response = await read("observer");
    expect(response.status).toBe(200);
    expect(parseTrackState(await response.text())?.phase).toBe(phaseOf(cast.trackA.id));
    expect((await read("participantOfOtherEvent")).status).toBe(403);
  });

  it("sends a form posted without JavaScript back to the track page", async () => {
    // node:http, because fetch() sets Sec-Fetch-Mode itself; a browser's form submission says "navigate".
    const body = new URLSearchParams({ intent: "timer-stop" }).toString();
    const answer = await new Promise<{ status: number; location: string | undefined }>((resolve, reject) => {
      const request = httpRequest(`${server.url}${cast.trackA.path}/state`, {
        method: "POST",
        headers: {
          "Content-Type": "application/x-www-form-urlencoded",
          "Content-Length": Buffer.byteLength(body),
          Origin: server.url,
          Cookie: cast.cookies.admin,
          "Sec-Fetch-Mode": "navigate",
        },
      });
      request.on("response", (response) => {
        response.resume();
        resolve({ status: response.statusCode ?? 0, location: response.headers.location });
      });
      request.on("error", reject);
      request.end(body);
    });
    expect(answer).toEqual({ status: 302, location: cast.trackA.path });
  });
});

describe("in the closed phase participants cannot change the document", () => {
  it("closes their sockets; what they send afterwards is neither stored nor relayed; reopening restores writing", async () => {
    const watcher = new CollabClient(server.url, cast.trackB.documentName, cast.cookies.eventModerator);
    clients.push(watcher);
    await watcher.whenSynced();
    const writer = await StateListener.open(cast.trackB.documentName, cast.cookies.participant);
    const closed = closeCodeOf(writer.ws);

    await postState(cast.trackB.path, "admin", { intent: "phase", phase: "closed" });
    expect(await closed).toBe(CloseCode.accessChanged);

    const again = await StateListener.open(cast.trackB.documentName, cast.cookies.participant);
    expect(again.latest?.phase).toBe("closed");
    const refused = paragraphUpdate(watcher.doc, "Nach dem Abschluss geschrieben");
    await again.settle([
      frame(MessageType.sync, (e) => {
        encoding.writeVarUint(e, 2); // update
        encoding.writeVarUint8Array(e, refused);
      }),
      frame(MessageType.sync, (e) => {
        encoding.writeVarUint(e, 1); // sync step 2
        encoding.writeVarUint8Array(e, refused);
      }),
    ]);
    const stored = await rebuildFromDatabase(server.databasePath, cast.trackB.documentName);
    expect(stored.getXmlFragment("default").toString()).not.toContain("Nach dem Abschluss geschrieben");
    expect(watcher.text()).not.toContain("Nach dem Abschluss geschrieben");

    // The same update, once the track is open again, arrives: the check above could have failed.
    const reopened = closeCodeOf(again.ws);
    await postState(cast.trackB.path, "admin", { intent: "phase", phase: "collect" });
    expect(await reopened).toBe(CloseCode.accessChanged);
    const writable = await StateListener.open(cast.trackB.documentName, cast.cookies.participant);
    await writable.settle([
      frame(MessageType.sync, (e) => {
        encoding.writeVarUint(e, 2);
        encoding.writeVarUint8Array(e, paragraphUpdate(watcher.doc, "Wieder offen geschrieben"));
      }),
    ]);
    await watcher.whenDoc(() => watcher.text().includes("Wieder offen geschrieben"), "the reopened track's update");
  });
});

describe("admins close and reopen a track on the event page", () => {
  it("sets the phase through the event page's form, which replaced the lock", async () => {
    const writer = await StateListener.open(cast.trackB.documentName, cast.cookies.participant);
    const closed = closeCodeOf(writer.ws);
    const page = `/admin/events/${encodeURIComponent(cast.eventId)}`;
    const fields = { intent: "set-track-phase", trackId: cast.trackB.id, phase: "closed" };
    const response = await postForm(server.url, page, fields, { cookie: cast.cookies.admin });
    expect(response.status).toBe(302);
    expect(phaseOf(cast.trackB.id)).toBe("closed");
    expect(await closed).toBe(CloseCode.accessChanged);
    // An event moderator is not an admin: the event page refuses them.
    const refused = await postForm(
      server.url,
      page,
      { ...fields, phase: "collect" },
      { cookie: cast.cookies.eventModerator },
    );
    expect(refused.status).toBe(403);
    expect(phaseOf(cast.trackB.id)).toBe("closed");
    await postForm(server.url, page, { ...fields, phase: "collect" }, { cookie: cast.cookies.admin });
    expect(phaseOf(cast.trackB.id)).toBe("collect");
  });
});

describe("only the track's moderators and admins steer it", () => {
  const refusedCases: { role: Role; reason: string }[] = [
    { role: "participant", reason: "a participant" },
    { role: "moderatorOfTrackA", reason: "the moderator of another track" },
  ];
  for (const { role, reason } of refusedCases) {
    it(`refuses ${reason} with 403 and records the attempt`, async () => {
      const phase = phaseOf(cast.trackB.id);
      const attempts: Record<string, string>[] = [
        { intent: "phase", phase: "closed" },
        { intent: "timer-start", minutes: "3" },
        { intent: "timer-stop" },
      ];
      for (const fields of attempts) {
        const response = await postState(cast.trackB.path, role, fields);
        expect(response.status).toBe(403);
        expect(((await response.json()) as { error: string }).error).toContain("Nur die Moderation");
      }
      expect(phaseOf(cast.trackB.id)).toBe(phase);
      const entries = server.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, "track_state_refused"), eq(auditLog.eventId, cast.eventId)))
        .orderBy(desc(auditLog.id))
        .limit(3)
        .all();
      expect(entries.map((entry) => (entry.details as { attempted: string }).attempted).sort()).toEqual([
        "phase:closed",
        "timer:start",
        "timer:stop",
      ]);
    });
  }

  it("refuses observers, people of other events and foreign origins", async () => {
    for (const role of ["observer", "participantOfOtherEvent"] as const) {
      expect((await postState(cast.trackB.path, role, { intent: "phase", phase: "closed" })).status).toBe(403);
    }
    const foreign = await postForm(
      server.url,
      `${cast.trackB.path}/state`,
      { intent: "phase", phase: "closed" },
      { cookie: cast.cookies.admin, origin: "https://elsewhere.example" },
    );
    expect(foreign.status).toBe(403);
    expect(phaseOf(cast.trackB.id)).toBe("collect");
  });

  it("lets the event's moderator and an admin change it, each change in the audit log", async () => {
    for (const [role, phase] of [
      ["eventModerator", "vote"],
      ["admin", "collect"],
    ] as const) {
      const response = await postState(cast.trackB.path, role, { intent: "phase", phase });
      expect(response.status).toBe(200);
      expect(phaseOf(cast.trackB.id)).toBe(phase);
    }
    const [latest] = server.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "track_phase_changed"))
      .orderBy(desc(auditLog.id))
      .limit(1)
      .all();
    expect(latest?.details).toMatchObject({ trackId: cast.trackB.id, from: "vote", to: "collect" });
  });

  it("refuses a timer that is not a whole number of minutes from 1 to 180 with a German message", async () => {
    for (const minutes of ["0", "181", "2.5", "-1", "zehn"]) {
      const response = await postState(cast.trackB.path, "admin", { intent: "timer-start", minutes });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: string }).error).toContain("ganze Zahl");
    }
  });
});
