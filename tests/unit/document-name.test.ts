import { describe, expect, it } from "vitest";
import { parseTrackDocumentName, trackDocumentName } from "../../shared/document-name";

const trackId = "0b4c2a9e-5f1d-4c3b-9a8e-7d6c5b4a3f21";

describe("track document names", () => {
  it("round-trips a track id", () => {
    expect(parseTrackDocumentName(trackDocumentName(trackId))).toBe(trackId);
  });

  it("names a track's document after its id", () => {
    expect(trackDocumentName(trackId)).toBe(`track.${trackId}`);
  });

  it.each([
    "",
    "track.",
    "track.ozg",
    `Track.${trackId}`,
    `track.${trackId.toUpperCase()}`,
    `track.${trackId}x`,
    `track.${trackId}/..`,
    `../track.${trackId}`,
    `track.${trackId.slice(0, -1)}`,
    `event.${trackId}`,
    `track.${"a".repeat(10_000)}`,
  ])("refuses %j", (name) => {
    expect(parseTrackDocumentName(name)).toBeNull();
  });

  it("refuses to build a name from something that is not a track id", () => {
    expect(() => trackDocumentName("../../etc/passwd")).toThrow();
  });
});
