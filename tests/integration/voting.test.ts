import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, tracks, votes } from "../../db/schema";
import { currentJoinCode } from "../../server/auth/join-codes";
import { joinEvent, postForm } from "../support/http-session";
import * as world from "../support/voting-setup";

world.withVotingServer();

describe("dot voting", () => {
  it("refuses votes while voting is closed (the default)", async () => {
    const paula = await world.participant("Paula Geschlossen");
    const response = await world.vote(paula.cookie, world.item(0));
    expect(await world.refusal(response)).toMatchObject({ status: 409, reason: "voting-closed" });
    expect(world.storedVotes(paula.id)).toEqual({});
    expect((await world.votingState(paula.cookie)).open).toBe(false);
  });

  it("lets only moderators of the track change the settings, and audits the change", async () => {
    const paula = await world.participant("Paula Einstellungen");
    const open = { open: true, budget: 5, maxPerItem: 2, countsVisible: false };
    expect((await world.changeSettings(paula.cookie, open)).status).toBe(403);
    // A moderator of another track of the event may not either, but may change their own track.
    expect((await world.changeSettings(world.moderatorOfBCookie, open)).status).toBe(403);
    expect((await world.changeSettings(world.moderatorOfBCookie, open, world.trackB)).status).toBe(200);
    expect(world.server.db.select().from(tracks).where(eq(tracks.id, world.trackA.id)).get()?.votingOpen).toBe(false);

    const response = await world.changeSettings(world.adminCookie, open);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ open: true, budget: 5, maxPerItem: 2, countsVisible: false });
    const stored = world.server.db.select().from(tracks).where(eq(tracks.id, world.trackA.id)).get();
    expect(stored).toMatchObject({ votingOpen: true, voteBudget: 5, maxVotesPerItem: 2, voteCountsVisible: false });
    const audited = world.server.db.select().from(auditLog).where(eq(auditLog.action, "voting_settings_changed")).all();
    expect(audited.map((entry) => entry.details)).toContainEqual({ trackId: world.trackA.id, ...open });
  });

  it("refuses settings out of range with 400", async () => {
    const tooMany = await world.changeSettings(world.adminCookie, {
      open: true,
      budget: 51,
      maxPerItem: 2,
      countsVisible: false,
    });
    expect(await world.refusal(tooMany)).toMatchObject({ status: 400, reason: "invalid-settings" });
    const aboveBudget = await world.changeSettings(world.adminCookie, {
      open: true,
      budget: 3,
      maxPerItem: 4,
      countsVisible: false,
    });
    expect(await world.refusal(aboveBudget)).toMatchObject({ status: 400, reason: "invalid-settings" });
    const none = await world.changeSettings(world.adminCookie, {
      open: true,
      budget: 0,
      maxPerItem: 0,
      countsVisible: false,
    });
    expect(none.status).toBe(400);
    expect(world.server.db.select().from(tracks).where(eq(tracks.id, world.trackA.id)).get()?.voteBudget).toBe(5);
  });

  it("refuses votes to an admin", async () => {
    await world.configure({ open: true, budget: 5, maxPerItem: 2, countsVisible: false });
    const before = world.server.db.select().from(votes).all().length;
    const response = await world.vote(world.adminCookie, world.item(0));
    expect(await world.refusal(response)).toMatchObject({ status: 403, reason: "only-participants" });
    expect(world.server.db.select().from(votes).all()).toHaveLength(before);
  });

  it("enforces the limit per item and the budget; refused votes do not count", async () => {
    await world.configure({ open: true, budget: 5, maxPerItem: 2, countsVisible: false });
    const paula = await world.participant("Paula Punkte");

    expect((await world.vote(paula.cookie, world.item(0))).status).toBe(200);
    expect((await world.vote(paula.cookie, world.item(0))).status).toBe(200);
    const third = await world.vote(paula.cookie, world.item(0));
    expect(await world.refusal(third)).toMatchObject({ status: 409, reason: "item-limit" });
    expect(world.storedVotes(paula.id)).toEqual({ [world.item(0)]: 2 });

    for (const index of [1, 1, 2]) expect((await world.vote(paula.cookie, world.item(index))).status).toBe(200);
    const sixth = await world.vote(paula.cookie, world.item(3));
    expect(await world.refusal(sixth)).toMatchObject({ status: 409, reason: "budget-exhausted" });
    expect(world.storedVotes(paula.id)).toEqual({
      [world.item(0)]: 2,
      [world.item(1)]: 2,
      [world.item(2)]: 1,
    });

    const state = await world.votingState(paula.cookie);
    expect(state).toMatchObject({
      remaining: 0,
      mine: { [world.item(0)]: 2, [world.item(1)]: 2, [world.item(2)]: 1 },
    });

    // Taking a vote back frees it; there is nothing to take back where none was given.
    const nothing = await world.vote(paula.cookie, world.item(3), "-1");
    expect(await world.refusal(nothing)).toMatchObject({ status: 409, reason: "nothing-to-remove" });
    const back = await world.vote(paula.cookie, world.item(2), "-1");
    expect(back.status).toBe(200);
    expect(await back.json()).toMatchObject({
      remaining: 1,
      mine: { [world.item(0)]: 2, [world.item(1)]: 2 },
    });
    expect(world.storedVotes(paula.id)).toEqual({ [world.item(0)]: 2, [world.item(1)]: 2 });
    expect((await world.vote(paula.cookie, world.item(3))).status).toBe(200);
    expect(world.sum(world.storedVotes(paula.id))).toBe(5);
  });

  it("counts the vote for the session's participant, never for a participantId sent in the form", async () => {
    await world.configure({ open: true, budget: 5, maxPerItem: 2, countsVisible: false });
    const victim = await world.participant("Vera Opfer");
    const forger = await world.participant("Fritz Fälscher");
    const response = await world.vote(forger.cookie, world.item(4), "1", { participantId: victim.id });
    expect(response.status).toBe(200);
    expect(world.storedVotes(victim.id)).toEqual({});
    expect(world.storedVotes(forger.id)).toEqual({ [world.item(4)]: 1 });
  });

  it("refuses contributions that are unknown, deleted, of another track or of another event", async () => {
    await world.configure({ open: true, budget: 5, maxPerItem: 2, countsVisible: false });
    const paula = await world.participant("Paula Fremd");
    for (const contributionId of [randomUUID(), world.deletedItem, world.itemOfTrackB, world.itemOfOtherEvent]) {
      expect(await world.refusal(await world.vote(paula.cookie, contributionId))).toMatchObject({
        status: 409,
        reason: "not-found",
      });
    }
    expect(world.server.db.select().from(votes).where(eq(votes.participantId, paula.id)).all()).toEqual([]);
    const state = await world.votingState(paula.cookie);
    expect(state.contributions.map((each) => each.id)).toEqual(world.itemsA);
  });

  it("refuses malformed votes with 400", async () => {
    await world.configure({ open: true, budget: 5, maxPerItem: 2, countsVisible: false });
    const paula = await world.participant("Paula Formular");
    const badChange = await postForm(
      world.server.url,
      world.votesPath(world.trackA),
      { intent: "vote", contributionId: world.item(0), change: "2" },
      { cookie: paula.cookie },
    );
    expect(badChange.status).toBe(400);
    const noIntent = await postForm(
      world.server.url,
      world.votesPath(world.trackA),
      { contributionId: world.item(0), change: "1" },
      { cookie: paula.cookie },
    );
    expect(noIntent.status).toBe(400);
    expect(world.storedVotes(paula.id)).toEqual({});
  });

  it("shows the counts to participants only when visible, to moderators always", async () => {
    await world.configure({ open: true, budget: 5, maxPerItem: 2, countsVisible: false });
    const paula = await world.participant("Paula Zwischenstand");
    expect((await world.vote(paula.cookie, world.item(5))).status).toBe(200);

    const hidden = await world.votingState(paula.cookie);
    expect(hidden.counts).toBeNull();
    expect(hidden.mine).toEqual({ [world.item(5)]: 1 });
    const moderator = await world.votingState(world.adminCookie);
    expect(moderator.counts?.[world.item(5)]).toBe(1);
    expect(moderator.remaining).toBeNull();
    expect(moderator.mine).toEqual({});

    await world.configure({ open: true, budget: 5, maxPerItem: 2, countsVisible: true });
    const visible = await world.votingState(paula.cookie);
    expect(visible.counts?.[world.item(5)]).toBe(1);
    // Counts are the sum over everyone's votes (earlier tests voted on item 0).
    expect(visible.counts?.[world.item(0)]).toBe(world.sum(countsOnItem(world.item(0))));
  });

  it("keeps 20 concurrent votes of one participant within the budget", async () => {
    await world.configure({ open: true, budget: 5, maxPerItem: 5, countsVisible: false });
    const paula = await world.participant("Paula Parallel");
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, index) => world.vote(paula.cookie, world.item(index % 3))),
    );
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses.filter((status) => status === 200)).toHaveLength(5);
    expect(statuses.filter((status) => status === 409)).toHaveLength(15);
    expect(world.sum(world.storedVotes(paula.id))).toBe(5);
  });

  it("keeps concurrent votes on one item within the limit per item", async () => {
    await world.configure({ open: true, budget: 5, maxPerItem: 2, countsVisible: false });
    const paula = await world.participant("Paula Gleichzeitig");
    const responses = await Promise.all(Array.from({ length: 10 }, () => world.vote(paula.cookie, world.item(1))));
    expect(responses.filter((response) => response.status === 200)).toHaveLength(2);
    expect(world.storedVotes(paula.id)).toEqual({ [world.item(1)]: 2 });
  });

  it("lets only people with access to the track read its votes", async () => {
    const anonymous = await fetch(`${world.server.url}${world.votesPath(world.trackA)}`, {
      redirect: "manual",
    });
    expect(anonymous.status).toBe(302);
    const unknownTrack = await fetch(`${world.server.url}/events/${world.EVENT_SLUG}/tracks/gibt-es-nicht/votes`, {
      headers: { Cookie: world.adminCookie },
    });
    expect(unknownTrack.status).toBe(404);
    const outsider = await joinEvent(world.server.url, "Otto Anderswo", {
      code: currentJoinCode(world.server.db, world.otherEventId) ?? "",
    });
    const ofOtherEvent = await fetch(`${world.server.url}${world.votesPath(world.trackA)}`, {
      headers: { Cookie: outsider },
    });
    expect(ofOtherEvent.status).toBe(403);
    expect((await world.vote(outsider, world.item(0))).status).toBe(403);
  });
});

/** Every participant's count on an item, from the database. */
function countsOnItem(contributionId: string): Record<string, number> {
  const rows = world.server.db.select().from(votes).where(eq(votes.contributionId, contributionId)).all();
  return Object.fromEntries(rows.map((row) => [row.participantId, row.count]));
}
