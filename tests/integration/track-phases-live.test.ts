import { request as httpRequest } from "node:http";
import { eq } from "drizzle-orm";
import * as encoding from "lib0/encoding";
import { describe, expect, it } from "vitest";
import { tracks } from "../../db/schema";
import { CloseCode, MessageType } from "../../shared/collab-protocol";
import { parseTrackState, type TrackState } from "../../shared/track-phase";
import { CollabClient } from "../support/collab-client";
import type { Role } from "../support/principals";
import { closeCodeOf } from "../support/raw-socket";
import { rebuildFromDatabase } from "../support/stored-document";
import * as phases from "../support/track-phases-setup";

phases.withPhaseServer();

describe("a phase change reaches every open page of the track", () => {
  it("sends the new phase to every subscribed connection, and nothing to a stock client", async () => {
    const participant = await phases.StateListener.open(
      phases.cast.trackA.documentName,
      phases.cast.cookies.participant,
    );
    const observer = await phases.StateListener.open(phases.cast.trackA.documentName, phases.cast.cookies.observer);
    const stock = await phases.StateListener.open(
      phases.cast.trackA.documentName,
      phases.cast.cookies.participant,
      false,
    );
    expect(participant.latest?.phase).toBe("collect");

    const response = await phases.postState(phases.cast.trackA.path, "moderatorOfTrackA", {
      intent: "phase",
      phase: "vote",
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as TrackState).phase).toBe("vote");

    await participant.whenState((state) => state.phase === "vote", "participant sees Abstimmen");
    await observer.whenState((state) => state.phase === "vote", "observer sees Abstimmen");
    // Entering Abstimmen opens the voting.
    expect(phases.server.db.select().from(tracks).where(eq(tracks.id, phases.cast.trackA.id)).get()?.votingOpen).toBe(
      true,
    );
    // A client that never subscribed gets no frame it does not understand.
    await stock.settle();
    expect(stock.states).toEqual([]);

    await phases.postState(phases.cast.trackA.path, "moderatorOfTrackA", { intent: "phase", phase: "curate" });
    await participant.whenState((state) => state.phase === "curate", "participant sees Kuratieren");
    // Leaving it closes the voting again.
    expect(phases.server.db.select().from(tracks).where(eq(tracks.id, phases.cast.trackA.id)).get()?.votingOpen).toBe(
      false,
    );
  });

  it("sends the timer with the server's clock, so that every screen counts down the same time", async () => {
    const participant = await phases.StateListener.open(
      phases.cast.trackA.documentName,
      phases.cast.cookies.participant,
    );
    const before = Date.now();
    const started = await phases.postState(phases.cast.trackA.path, "eventModerator", {
      intent: "timer-start",
      minutes: "5",
    });
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

    await phases.postState(phases.cast.trackA.path, "eventModerator", { intent: "timer-stop" });
    await participant.whenState((each) => each.timer.endsAt === null, "the timer stopped");
  });
});

describe("the state route", () => {
  it("answers GET with the state for everyone who may see the track, and nobody else", async () => {
    const read = (role: Role) =>
      fetch(`${phases.server.url}${phases.cast.trackA.path}/state`, { headers: { Cookie: phases.cast.cookies[role] } });
    const response = await read("observer");
    expect(response.status).toBe(200);
    expect(parseTrackState(await response.text())?.phase).toBe(phases.phaseOf(phases.cast.trackA.id));
    expect((await read("participantOfOtherEvent")).status).toBe(403);
  });

  it("sends a form posted without JavaScript back to the track page", async () => {
    // node:http, because fetch() sets Sec-Fetch-Mode itself; a browser's form submission says "navigate".
    const body = new URLSearchParams({ intent: "timer-stop" }).toString();
    const answer = await new Promise<{ status: number; location: string | undefined }>((resolve, reject) => {
      const request = httpRequest(`${phases.server.url}${phases.cast.trackA.path}/state`, {
        method: "POST",
        headers: {
          "Content-Type": "application/x-www-form-urlencoded",
          "Content-Length": Buffer.byteLength(body),
          Origin: phases.server.url,
          Cookie: phases.cast.cookies.admin,
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
    expect(answer).toEqual({ status: 302, location: phases.cast.trackA.path });
  });
});

describe("in the closed phase participants cannot change the document", () => {
  it("closes their sockets; what they send afterwards is neither stored nor relayed; reopening restores writing", async () => {
    const watcher = new CollabClient(
      phases.server.url,
      phases.cast.trackB.documentName,
      phases.cast.cookies.eventModerator,
    );
    phases.clients.push(watcher);
    await watcher.whenSynced();
    const writer = await phases.StateListener.open(phases.cast.trackB.documentName, phases.cast.cookies.participant);
    const closed = closeCodeOf(writer.ws);

    await phases.postState(phases.cast.trackB.path, "admin", { intent: "phase", phase: "closed" });
    expect(await closed).toBe(CloseCode.accessChanged);

    const again = await phases.StateListener.open(phases.cast.trackB.documentName, phases.cast.cookies.participant);
    expect(again.latest?.phase).toBe("closed");
    const refused = phases.paragraphUpdate(watcher.doc, "Nach dem Abschluss geschrieben");
    await again.settle([
      phases.frame(MessageType.sync, (e) => {
        encoding.writeVarUint(e, 2); // update
        encoding.writeVarUint8Array(e, refused);
      }),
      phases.frame(MessageType.sync, (e) => {
        encoding.writeVarUint(e, 1); // sync step 2
        encoding.writeVarUint8Array(e, refused);
      }),
    ]);
    const stored = await rebuildFromDatabase(phases.server.databasePath, phases.cast.trackB.documentName);
    expect(stored.getXmlFragment("default").toString()).not.toContain("Nach dem Abschluss geschrieben");
    expect(watcher.text()).not.toContain("Nach dem Abschluss geschrieben");

    // The same update, once the track is open again, arrives: the check above could have failed.
    const reopened = closeCodeOf(again.ws);
    await phases.postState(phases.cast.trackB.path, "admin", { intent: "phase", phase: "collect" });
    expect(await reopened).toBe(CloseCode.accessChanged);
    const writable = await phases.StateListener.open(phases.cast.trackB.documentName, phases.cast.cookies.participant);
    await writable.settle([
      phases.frame(MessageType.sync, (e) => {
        encoding.writeVarUint(e, 2);
        encoding.writeVarUint8Array(e, phases.paragraphUpdate(watcher.doc, "Wieder offen geschrieben"));
      }),
    ]);
    await watcher.whenDoc(() => watcher.text().includes("Wieder offen geschrieben"), "the reopened track's update");
  });
});
