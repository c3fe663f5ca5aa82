import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { CollabClient } from "../support/collab-client";
import { postForm } from "../support/http-session";
import * as phases from "../support/track-phases-setup";

/**
 * The voting panels fetch their view only when the pushed track state says that something they show has
 * changed (issue #14.4): a contribution of the track, or the tally. Both revisions travel with the state.
 */

phases.withPhaseServer();

describe("the pushed track state tells voting panels when to fetch", () => {
  it("carries a new contributions revision when a contribution changes, and a new tally revision per vote", async () => {
    const { trackA, cookies } = phases.cast;
    const listener = await phases.StateListener.open(trackA.documentName, cookies.participant);
    await phases.postState(trackA.path, "moderatorOfTrackA", { intent: "phase", phase: "vote" });
    await listener.whenState((state) => state.voting.open, "the voting opened");
    const before = listener.latest?.voting;

    // A participant writes a problem into the document; the read model stores it as a contribution.
    const writer = new CollabClient(phases.server.url, trackA.documentName, cookies.participant);
    phases.clients.push(writer);
    await writer.whenSynced();
    const id = randomUUID();
    writer.addContribution("problem", id, "Das Servicekonto ist nicht mit dem Nutzerkonto des Bundes verknüpft.");
    await listener.whenState((state) => state.voting.contributions > (before?.contributions ?? 0), "a new revision");

    const vote = await postForm(
      phases.server.url,
      `${trackA.path}/votes`,
      { intent: "vote", contributionId: id, change: "1" },
      { cookie: cookies.participant },
    );
    expect(vote.status).toBe(200);
    await listener.whenState((state) => state.voting.tally === (before?.tally ?? 0) + 1, "one more vote");
  });
});
