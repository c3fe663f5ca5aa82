import { describe, expect, it } from "vitest";
import { openDatabase } from "../../db/client";
import { listEventsWithTracks } from "../../db/queries/tracks";
import { congress2018 } from "../../db/seed/congress-2018";
import { seedCongress } from "../../db/seed/seed";

describe("the seeded congress", () => {
  it("has the event and its five tracks from the invitation, and seeding again changes nothing", () => {
    const db = openDatabase(":memory:");
    seedCongress(db);
    const first = listEventsWithTracks(db);
    seedCongress(db);
    seedCongress(db);
    expect(listEventsWithTracks(db)).toEqual(first);
    expect(first).toHaveLength(1);
    const [event] = first;
    expect(event).toMatchObject({
      title: "1. Thüringer E-Government-Kongress",
      startsOn: "2018-11-07",
      venue: "Arena Erfurt",
    });
    expect(event?.tracks.map((track) => track.title)).toEqual(congress2018.tracks.map((track) => track.title));
    expect(event?.tracks[0]?.subtopics).toContain("meine-gemeinde.thueringen.de");
    db.$client.close();
  });
});
