import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { contributions, entrySources } from "../../db/schema";
import { listVersions } from "../../server/fahrplan/versions";
import * as fahrplan from "../support/fahrplan-editing-setup";

fahrplan.withFahrplanServer();

describe("editing an entry", () => {
  it("saves with the current version and raises it by one", async () => {
    const before = fahrplan.entryRow(fahrplan.first);
    const response = await fahrplan.post(
      fahrplan.saveForm(before, {
        title: "Digitale Antragsstrecken",
        steps: "Formulare digitalisieren\n\n  Online bezahlen  ",
        responsibleParty: "land_und_kommunen",
        timeHorizon: "short",
        priority: "high",
        // Ignored: the target quarter belongs to the "quarter" time horizon only.
        targetQuarter: "2019-Q3",
      }),
    );
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(fahrplan.editor());
    const after = fahrplan.entryRow(fahrplan.first);
    expect(after.version).toBe(before.version + 1);
    expect(after).toMatchObject({
      title: "Digitale Antragsstrecken",
      steps: ["Formulare digitalisieren", "Online bezahlen"],
      responsibleParty: "land_und_kommunen",
      timeHorizon: "short",
      targetQuarter: null,
      priority: "high",
    });
  });

  it("refuses a save based on an old version with 409, changes nothing, and keeps what was typed", async () => {
    const current = fahrplan.entryRow(fahrplan.first);
    const stale = { ...current, version: current.version - 1 };
    const response = await fahrplan.post(fahrplan.saveForm(stale, { title: "Überschrieben von jemand anderem" }));
    expect(response.status).toBe(409);
    const html = await response.text();
    expect(html).toContain("Jemand anderes hat diesen Eintrag inzwischen geändert");
    // The typed title is still in the form, and the saved one is shown next to it.
    expect(html).toContain('value="Überschrieben von jemand anderem"');
    expect(html).toContain("Digitale Antragsstrecken");
    expect(fahrplan.entryRow(fahrplan.first)).toEqual(current);
  });

  it("validates the fields with German messages (400), saving nothing", async () => {
    const current = fahrplan.entryRow(fahrplan.first);
    const quarter = await fahrplan.post(
      fahrplan.saveForm(current, { timeHorizon: "quarter", targetQuarter: "2019-Q5" }),
    );
    expect(quarter.status).toBe(400);
    expect(await quarter.text()).toContain("Bitte geben Sie das Quartal wie 2019-Q3 an.");
    const other = await fahrplan.post(fahrplan.saveForm(current, { responsibleParty: "other", responsibleOther: " " }));
    expect(other.status).toBe(400);
    expect(await other.text()).toContain("Bitte geben Sie an, wer zuständig ist.");
    const noTitle = await fahrplan.post(fahrplan.saveForm(current, { title: "   " }));
    expect(noTitle.status).toBe(400);
    expect(fahrplan.entryRow(fahrplan.first)).toEqual(current);
  });
});

describe("curating", () => {
  it("splits sources into a new entry, and undo restores entries and sources as they were", async () => {
    const before = fahrplan.allEntries();
    const split = new URLSearchParams([
      ["intent", "split"],
      ["entryId", fahrplan.splittable],
      ["contributionIds", fahrplan.splitStep1],
      ["contributionIds", fahrplan.splitStep2],
    ]);
    const response = await fahrplan.postParams(split);
    expect(response.status).toBe(302);
    const afterSplit = fahrplan.allEntries();
    expect(afterSplit).toHaveLength(before.length + 1);
    const created = afterSplit.find((entry) => !before.some((each) => each.id === entry.id));
    expect(created?.sources).toEqual([fahrplan.splitStep1, fahrplan.splitStep2].sort());
    expect(fahrplan.sourceIds(fahrplan.splittable)).toHaveLength(1);

    expect((await fahrplan.page(fahrplan.editor(), fahrplan.adminCookie)).html).toContain(
      "Rückgängig: Eintrag aufgeteilt",
    );

    const undo = await fahrplan.post({ intent: "undo" });
    expect(undo.status).toBe(302);
    expect(fahrplan.allEntries()).toEqual(before);
  });

  it("moves an entry one place up, and refuses to move it past the top", async () => {
    const section = fahrplan.sectionOfTrack(fahrplan.trackA);
    expect(fahrplan.entriesOfSection(section).slice(0, 2)).toEqual([fahrplan.first, fahrplan.second]);
    const response = await fahrplan.post({ intent: "move-entry-step", entryId: fahrplan.second, direction: "up" });
    expect(response.status).toBe(302);
    expect(fahrplan.entriesOfSection(section).slice(0, 2)).toEqual([fahrplan.second, fahrplan.first]);
    const again = await fahrplan.post({ intent: "move-entry-step", entryId: fahrplan.second, direction: "up" });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('role="alert"');
    expect(fahrplan.entriesOfSection(section).slice(0, 2)).toEqual([fahrplan.second, fahrplan.first]);
  });

  it("ignores fields an intent does not have, and takes the event from the URL only", async () => {
    const target = fahrplan.sectionOfTrack(fahrplan.trackB);
    const statusBefore = fahrplan.entryRow(fahrplan.second).status;
    const response = await fahrplan.post({
      intent: "move-entry",
      entryId: fahrplan.second,
      sectionId: target,
      position: "1",
      status: "done",
      eventId: fahrplan.otherEventId,
    });
    expect(response.status).toBe(302);
    expect(fahrplan.entryRow(fahrplan.second)).toMatchObject({ sectionId: target, position: 1, status: statusBefore });

    // An entry of another event is not found here, whatever `eventId` says.
    const before = fahrplan.entryRow(fahrplan.otherEntry);
    const foreign = await fahrplan.post({
      intent: "move-entry-step",
      entryId: fahrplan.otherEntry,
      direction: "down",
      eventId: fahrplan.otherEventId,
    });
    expect(foreign.status).toBe(404);
    expect(fahrplan.entryRow(fahrplan.otherEntry)).toEqual(before);
  });

  it("shows sources whose contribution changed or was deleted, in words", async () => {
    const [changed, deleted] = fahrplan.server.db
      .select()
      .from(entrySources)
      .where(eq(entrySources.entryId, fahrplan.splittable))
      .all()
      .map((row) => row.contributionId);
    fahrplan.server.db
      .update(contributions)
      .set({ text: "Servicekonto für alle einführen" })
      .where(eq(contributions.id, changed ?? ""))
      .run();
    fahrplan.server.db
      .update(contributions)
      .set({ deletedAt: new Date() })
      .where(eq(contributions.id, deleted ?? ""))
      .run();
    const { status, html } = await fahrplan.page(fahrplan.editor(), fahrplan.adminCookie);
    expect(status).toBe(200);
    expect(html).toContain("Quelle geändert");
    expect(html).toContain("gelöscht");
    expect(html).toContain("Servicekonto für alle einführen");
  });
});

describe("publishing", () => {
  const publicPage = `/fahrplan/${fahrplan.EVENT_SLUG}`;

  it("freezes the draft as Fassung 1.0 with a SHA-256, shown publicly without login", async () => {
    const response = await fahrplan.publish();
    expect(response.status).toBe(302);
    const versions = listVersions(fahrplan.server.db, fahrplan.eventId);
    expect(versions).toHaveLength(1);
    expect(versions[0]?.contentHash).toMatch(/^[0-9a-f]{64}$/);

    const { status, html } = await fahrplan.page(publicPage);
    expect(status).toBe(200);
    expect(html).toContain("Fassung 1.0");
    expect(html).toContain(versions[0]?.contentHash);
    expect(html).toContain("Digitale Antragsstrecken");
    expect(html).toContain("Zuständig: Land und Kommunen");
    expect(html).toContain("Zeithorizont: kurzfristig (bis 12 Monate)");
    expect(html).toContain("Priorität: hoch");
  });

  it("does not show later draft changes until they are published again", async () => {
    const renamed = await fahrplan.post(
      fahrplan.saveForm(fahrplan.entryRow(fahrplan.first), { title: "Durchgängige Antragsstrecken für Kommunen" }),
    );
    expect(renamed.status).toBe(302);
    const escaped = await fahrplan.post(
      fahrplan.saveForm(fahrplan.entryRow(fahrplan.second), { title: "Servicekonto <script>alert(1)</script>" }),
    );
    expect(escaped.status).toBe(302);

    const draftOnly = await fahrplan.page(publicPage);
    expect(draftOnly.html).toContain("Digitale Antragsstrecken");
    expect(draftOnly.html).not.toContain("Durchgängige");
    expect(draftOnly.html).not.toContain("Fassung 2.0");

    expect((await fahrplan.publish()).status).toBe(302);
    const republished = await fahrplan.page(publicPage);
    expect(republished.html).toContain("Fassung 2.0");
    expect(republished.html).toContain("Durchgängige Antragsstrecken für Kommunen");
    expect(republished.html).not.toContain("<script>alert(1)");

    const older = await fahrplan.page(`${publicPage}?fassung=1`);
    expect(older.status).toBe(200);
    expect(older.html).toContain("Digitale Antragsstrecken");
    expect(older.html).not.toContain("Durchgängige");
  });

  it("compares two versions, the changed text as <ins> and <del> (as text, never as HTML)", async () => {
    const { status, html } = await fahrplan.page(
      `/moderation/fahrplan/compare?event=${encodeURIComponent(fahrplan.eventId)}&from=1&to=2`,
      fahrplan.adminCookie,
    );
    expect(status).toBe(200);
    expect(html).toMatch(/<del>(<span[^>]*>[^<]*<\/span>)?Digitale<\/del>/);
    expect(html).toMatch(/<ins>(<span[^>]*>[^<]*<\/span>)?Durchgängige/);
    expect(html).toContain("&lt;script&gt;");
    expect(html).not.toContain("<script>alert(1)");
  });

  it("answers 404 for an event without a published version, and for unknown ones", async () => {
    const none = await fahrplan.page(`/fahrplan/${fahrplan.OTHER_SLUG}`);
    expect(none.status).toBe(404);
    expect(none.html).toContain("Es gibt noch keine veröffentlichte Fassung.");
    expect((await fahrplan.page("/fahrplan/gibt-es-nicht")).status).toBe(404);
    expect((await fahrplan.page(`${publicPage}?fassung=9`)).status).toBe(404);
  });
});
