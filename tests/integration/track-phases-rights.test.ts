import { and, desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog } from "../../db/schema";
import { CloseCode } from "../../shared/collab-protocol";
import { postForm } from "../support/http-session";
import type { Role } from "../support/principals";
import { closeCodeOf } from "../support/raw-socket";
import * as phases from "../support/track-phases-setup";

phases.withPhaseServer();

describe("admins close and reopen a track on the event page", () => {
  it("sets the phase through the event page's form, which replaced the lock", async () => {
    const writer = await phases.StateListener.open(phases.cast.trackB.documentName, phases.cast.cookies.participant);
    const closed = closeCodeOf(writer.ws);
    const page = `/admin/events/${encodeURIComponent(phases.cast.eventId)}`;
    const fields = { intent: "set-track-phase", trackId: phases.cast.trackB.id, phase: "closed" };
    const response = await postForm(phases.server.url, page, fields, { cookie: phases.cast.cookies.admin });
    expect(response.status).toBe(302);
    expect(phases.phaseOf(phases.cast.trackB.id)).toBe("closed");
    expect(await closed).toBe(CloseCode.accessChanged);
    // An event moderator is not an admin: the event page refuses them.
    const refused = await postForm(
      phases.server.url,
      page,
      { ...fields, phase: "collect" },
      { cookie: phases.cast.cookies.eventModerator },
    );
    expect(refused.status).toBe(403);
    expect(phases.phaseOf(phases.cast.trackB.id)).toBe("closed");
    await postForm(phases.server.url, page, { ...fields, phase: "collect" }, { cookie: phases.cast.cookies.admin });
    expect(phases.phaseOf(phases.cast.trackB.id)).toBe("collect");
  });
});

describe("only the track's moderators and admins steer it", () => {
  const refusedCases: { role: Role; reason: string }[] = [
    { role: "participant", reason: "a participant" },
    { role: "moderatorOfTrackA", reason: "the moderator of another track" },
  ];
  for (const { role, reason } of refusedCases) {
    it(`refuses ${reason} with 403 and records the attempt`, async () => {
      const phase = phases.phaseOf(phases.cast.trackB.id);
      const attempts: Record<string, string>[] = [
        { intent: "phase", phase: "closed" },
        { intent: "timer-start", minutes: "3" },
        { intent: "timer-stop" },
      ];
      for (const fields of attempts) {
        const response = await phases.postState(phases.cast.trackB.path, role, fields);
        expect(response.status).toBe(403);
        expect(((await response.json()) as { error: string }).error).toContain("Nur die Moderation");
      }
      expect(phases.phaseOf(phases.cast.trackB.id)).toBe(phase);
      const entries = phases.server.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, "track_state_refused"), eq(auditLog.eventId, phases.cast.eventId)))
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
      expect((await phases.postState(phases.cast.trackB.path, role, { intent: "phase", phase: "closed" })).status).toBe(
        403,
      );
    }
    const foreign = await postForm(
      phases.server.url,
      `${phases.cast.trackB.path}/state`,
      { intent: "phase", phase: "closed" },
      { cookie: phases.cast.cookies.admin, origin: "https://elsewhere.example" },
    );
    expect(foreign.status).toBe(403);
    expect(phases.phaseOf(phases.cast.trackB.id)).toBe("collect");
  });

  it("lets the event's moderator and an admin change it, each change in the audit log", async () => {
    for (const [role, phase] of [
      ["eventModerator", "vote"],
      ["admin", "collect"],
    ] as const) {
      const response = await phases.postState(phases.cast.trackB.path, role, { intent: "phase", phase });
      expect(response.status).toBe(200);
      expect(phases.phaseOf(phases.cast.trackB.id)).toBe(phase);
    }
    const [latest] = phases.server.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "track_phase_changed"))
      .orderBy(desc(auditLog.id))
      .limit(1)
      .all();
    expect(latest?.details).toMatchObject({ trackId: phases.cast.trackB.id, from: "vote", to: "collect" });
  });

  it("refuses a timer that is not a whole number of minutes from 1 to 180 with a German message", async () => {
    for (const minutes of ["0", "181", "2.5", "-1", "zehn"]) {
      const response = await phases.postState(phases.cast.trackB.path, "admin", { intent: "timer-start", minutes });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: string }).error).toContain("ganze Zahl");
    }
  });
});
