import { describe, expect, it } from "vitest";
import { listVersions } from "../../server/fahrplan/versions";
import * as fahrplan from "../support/fahrplan-editing-setup";
import { joinEvent } from "../support/http-session";

fahrplan.withFahrplanServer();

describe("who may edit", () => {
  it("refuses participants the editor, its actions and the comparison (403)", async () => {
    const participant = await joinEvent(fahrplan.server.url, "Petra Teilnehmerin");
    const versionsBefore = listVersions(fahrplan.server.db, fahrplan.eventId).length;
    const entryBefore = fahrplan.entryRow(fahrplan.first);
    expect((await fahrplan.page(fahrplan.editor(), participant)).status).toBe(403);
    expect((await fahrplan.publish(participant)).status).toBe(403);
    expect(
      (await fahrplan.post(fahrplan.saveForm(entryBefore, { title: "Von Teilnehmenden" }), participant)).status,
    ).toBe(403);
    expect((await fahrplan.post({ intent: "undo" }, participant)).status).toBe(403);
    const compare = `/moderation/fahrplan/compare?event=${encodeURIComponent(fahrplan.eventId)}&from=1&to=2`;
    expect((await fahrplan.page(compare, participant)).status).toBe(403);
    expect(listVersions(fahrplan.server.db, fahrplan.eventId)).toHaveLength(versionsBefore);
    expect(fahrplan.entryRow(fahrplan.first)).toEqual(entryBefore);
  });

  it("sends visitors without a session to the login, and answers 404 for unknown events", async () => {
    const anonymous = await fahrplan.page(fahrplan.editor());
    expect(anonymous.status).toBe(302);
    expect((await fahrplan.page(fahrplan.editor("gibt-es-nicht"), fahrplan.adminCookie)).status).toBe(404);
  });
});
