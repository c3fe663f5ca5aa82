import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { loadRoadmap } from "../../server/fahrplan/roadmap";
import * as board from "../support/moderation-board-setup";

board.withBoardServer();

describe("who may open the board", () => {
  it("shows the event's contributions to an admin", async () => {
    const id = board.insertContribution(board.trackA, "Sichtbarkeitsprobe Posteingang");
    const response = await board.getBoard();
    expect(response.status).toBe(200);
    const list = await board.listedIn(response);
    expect(list).toContain("Sichtbarkeitsprobe Posteingang");
    expect(list).toContain(`value="${id}"`);
  });

  it("also without ?event=, for the first event the account moderates", async () => {
    const response = await board.getBoard("/moderation/board");
    expect(response.status).toBe(200);
  });

  it("sends anonymous visitors to the login page", async () => {
    const response = await board.getBoard(board.boardPath(), "");
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toMatch(/^\/login\?redirectTo=/);
  });

  it("refuses participants", async () => {
    const response = await board.getBoard(board.boardPath(), board.participantCookie);
    expect(response.status).toBe(403);
  });

  it("refuses a moderator of another event, and answers 404 for an unknown event", async () => {
    expect((await board.getBoard(board.boardPath(), board.otherModeratorCookie)).status).toBe(403);
    expect((await board.getBoard(board.boardPath(board.otherTrack.eventId), board.otherModeratorCookie)).status).toBe(
      200,
    );
    expect((await board.getBoard(board.boardPath(randomUUID()))).status).toBe(404);
  });
});

describe("filters", () => {
  it("filters by track, kind, votes and search words in the loader", async () => {
    const popular = board.insertContribution(board.trackB, "Filterprobe Registermodernisierung beliebt", "step");
    board.insertContribution(board.trackB, "Filterprobe Registermodernisierung unbeliebt", "step");
    board.insertContribution(board.trackA, "Filterprobe Registermodernisierung anderswo", "step");
    board.addVotes(popular, board.trackB.id, [2, 1]);
    const query = `&track=${board.trackB.id}&kind=step&status=open&minVotes=3&q=Registermodernisierung`;
    const list = await board.listedIn(await board.getBoard(board.boardPath(board.eventId, query)));
    // By the rows' own checkboxes: a row's list of similar contributions names filtered-out ones too.
    expect(list).toContain("Auswählen: Filterprobe Registermodernisierung beliebt");
    expect(list).not.toContain("Auswählen: Filterprobe Registermodernisierung unbeliebt");
    expect(list).not.toContain("Auswählen: Filterprobe Registermodernisierung anderswo");
  });
});

describe("the event is the URL's", () => {
  it("ignores an eventId field in the form", async () => {
    const id = board.insertContribution(board.trackA, "Ereignisprobe im Kongress");
    const response = await board.post([
      ["intent", "adopt"],
      ["contributionIds", id],
      ["eventId", board.otherTrack.eventId],
    ]);
    // The board answers with the page and says what was done (issue #14.7).
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("Als neuer Eintrag in den Fahrplan übernommen.");
    const entryId = board.sourcesOf([id])[0]?.entryId;
    const congressEntries = loadRoadmap(board.server.db, board.eventId).sections.flatMap((section) => section.entries);
    expect(congressEntries.some((entry) => entry.id === entryId)).toBe(true);
  });

  it("does not reach a contribution of another event through the form's eventId", async () => {
    const foreign = board.insertContribution(board.otherTrack, "Ereignisprobe anderswo");
    const before = board.curationState();
    const response = await board.post([
      ["intent", "adopt"],
      ["contributionIds", foreign],
      ["eventId", board.otherTrack.eventId],
    ]);
    expect(response.status).toBe(404);
    expect(board.curationState()).toEqual(before);
  });

  it("refuses a moderator of another event, and changes nothing", async () => {
    const id = board.insertContribution(board.trackA, "Fremdmoderationsprobe");
    const before = board.curationState();
    const onCongress = await board.post(
      [
        ["intent", "adopt"],
        ["contributionIds", id],
      ],
      { cookie: board.otherModeratorCookie },
    );
    expect(onCongress.status).toBe(403);
    // Their own event in the URL does not open the congress' contributions either.
    const throughOwnEvent = await board.post(
      [
        ["intent", "adopt"],
        ["contributionIds", id],
        ["eventId", board.eventId],
      ],
      { cookie: board.otherModeratorCookie, path: board.boardPath(board.otherTrack.eventId) },
    );
    expect(throughOwnEvent.status).toBe(404);
    expect((await board.post([["intent", "undo"]], { cookie: board.otherModeratorCookie })).status).toBe(403);
    expect(board.curationState()).toEqual(before);
    expect(board.statusOf(id).status).toBe("open");
  });

  it("refuses participants' posts", async () => {
    const id = board.insertContribution(board.trackA, "Teilnahmeprobe");
    const before = board.curationState();
    const response = await board.post(
      [
        ["intent", "adopt"],
        ["contributionIds", id],
      ],
      { cookie: board.participantCookie },
    );
    expect(response.status).toBe(403);
    expect(board.curationState()).toEqual(before);
  });
});
