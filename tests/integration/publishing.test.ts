import { describe, expect, it } from "vitest";
import { decideContribution } from "../../server/fahrplan/curation";
import { listVersions, publishedVersion } from "../../server/fahrplan/versions";
import * as fahrplan from "../support/fahrplan-editing-setup";
import { joinEvent, postForm } from "../support/http-session";

fahrplan.withFahrplanServer();

/**
 * Publishing a Fassung as a deliberate act (issue #15.2) and the annex it carries (issue #15.3), over
 * HTTP: the preview, the confirmation, the refusal of a stale preview, who may publish, and the fate of
 * every contribution on the public page.
 */

const publishPage = () => `/moderation/fahrplan/publish?event=${encodeURIComponent(fahrplan.eventId)}`;
const publicPage = `/fahrplan/${fahrplan.EVENT_SLUG}`;
const REASON = "Zuständigkeit liegt beim Bund.";

function draftHashOf(html: string): string {
  return /name="draftHash" value="([0-9a-f]{64})"/.exec(html)?.[1] ?? "";
}

describe("publishing a Fassung", () => {
  it("previews the next Fassung as the public page will show it, with what publishing means", async () => {
    const { status, html } = await fahrplan.page(publishPage(), fahrplan.adminCookie);
    expect(status).toBe(200);
    expect(html).toContain("Vorschau von Fassung 1.0, noch nicht veröffentlicht");
    expect(html).toContain("Anträge gibt es nur auf Papier");
    expect(html).toContain("lässt sich nicht zurückziehen");
    expect(html).toContain(`${fahrplan.server.url}${publicPage}`);
    expect(draftHashOf(html)).toMatch(/^[0-9a-f]{64}$/);
    expect(listVersions(fahrplan.server.db, fahrplan.eventId)).toHaveLength(0);
  });

  it("publishes nothing without the confirmation, and nothing from a preview the draft has moved on from", async () => {
    const { html } = await fahrplan.page(publishPage(), fahrplan.adminCookie);
    const draftHash = draftHashOf(html);
    const unconfirmed = await postForm(
      fahrplan.server.url,
      publishPage(),
      { draftHash },
      { cookie: fahrplan.adminCookie },
    );
    expect(unconfirmed.status).toBe(400);
    expect(await unconfirmed.text()).toContain("Bitte bestätigen Sie, dass die Fassung veröffentlicht werden soll.");

    // Another moderator rejects a contribution after the preview was opened.
    const late = fahrplan.insertContribution(fahrplan.trackB, fahrplan.eventId, "step", "Eine eigene Cloud bauen");
    const ctx = { db: fahrplan.server.db, actor: fahrplan.actor, eventId: fahrplan.eventId };
    expect(decideContribution(ctx, late, { kind: "rejected", reason: REASON }).ok).toBe(true);
    const stale = await postForm(
      fahrplan.server.url,
      publishPage(),
      { draftHash, confirmed: "yes" },
      { cookie: fahrplan.adminCookie },
    );
    expect(stale.status).toBe(409);
    expect(await stale.text()).toContain("Der Entwurf hat sich seit Ihrer Vorschau geändert.");
    expect(listVersions(fahrplan.server.db, fahrplan.eventId)).toHaveLength(0);
  });

  it("refuses participants the preview and the publishing, and writes nothing", async () => {
    const participant = await joinEvent(fahrplan.server.url, "Petra Teilnehmerin");
    expect((await fahrplan.page(publishPage(), participant)).status).toBe(403);
    expect((await fahrplan.publish(participant)).status).toBe(403);
    expect(listVersions(fahrplan.server.db, fahrplan.eventId)).toHaveLength(0);
  });

  it("publishes with a title and a note, links to the public page, and freezes the annex", async () => {
    const note = "beschlossen im Abschlussplenum am 7. November 2018";
    const response = await fahrplan.publish(fahrplan.adminCookie, {
      title: "Ergebnis des Kongresses",
      note,
      emptySections: "omit",
    });
    expect(response.status).toBe(302);
    const done = await fahrplan.page(response.headers.get("location") ?? "", fahrplan.adminCookie);
    expect(done.html).toContain("Fassung 1.0 ist veröffentlicht.");
    expect(done.html).toContain(`href="${publicPage}?fassung=1"`);

    const version = publishedVersion(fahrplan.server.db, fahrplan.eventId, 1);
    expect(version?.snapshot.publication).toEqual({ title: "Ergebnis des Kongresses", note, emptySections: "omit" });
    const rejected = version?.snapshot.annex?.find((item) => item.text === "Eine eigene Cloud bauen");
    expect(rejected?.fate).toEqual({ kind: "rejected", reason: REASON });

    const { html } = await fahrplan.page(publicPage);
    expect(html).toContain("Ergebnis des Kongresses");
    expect(html).toContain(`Anmerkung: ${note}`);
    expect(html).toContain("Anhang: Verbleib aller Beiträge");
    expect(html).toContain(`Nicht aufgenommen. Begründung: ${REASON}`);
    expect(html).toContain("Aufgenommen in „");
    // "omit": the sections without entries are not on the page.
    expect(html).not.toContain("Ohne Einträge in dieser Fassung");
  });

  it("keeps a published Fassung as it was when the draft moves on", async () => {
    const before = publishedVersion(fahrplan.server.db, fahrplan.eventId, 1);
    fahrplan.adopt([fahrplan.insertContribution(fahrplan.trackB, fahrplan.eventId, "problem", "Später dazugekommen")]);
    const after = publishedVersion(fahrplan.server.db, fahrplan.eventId, 1);
    expect(after?.contentHash).toBe(before?.contentHash);
    expect(JSON.stringify(after?.snapshot)).not.toContain("Später dazugekommen");
  });
});
