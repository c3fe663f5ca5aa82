import { describe, expect, it } from "vitest";
import {
  draftDocumentName,
  parseDraftDocumentName,
  parseTrackDocumentName,
  trackDocumentName,
} from "../../shared/document-name";

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

const participantId = "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b";

describe("draft document names", () => {
  it("round-trips a track and participant id", () => {
    expect(parseDraftDocumentName(draftDocumentName(trackId, participantId))).toEqual({ trackId, participantId });
  });

  it("names a draft after its track's document and its author", () => {
    expect(draftDocumentName(trackId, participantId)).toBe(`track.${trackId}.draft.${participantId}`);
  });

  it("is never taken for the track's own document", () => {
    expect(parseTrackDocumentName(draftDocumentName(trackId, participantId))).toBeNull();
    expect(parseDraftDocumentName(trackDocumentName(trackId))).toBeNull();
  });

  it.each([
    "",
    `track.${trackId}.draft.`,
    `track.${trackId}.draft.ozg`,
    `track.${trackId}.draft.${participantId}x`,
    `track.${trackId}.draft.${participantId.toUpperCase()}`,
    `track.${trackId}.draft.${participantId}.draft.${participantId}`,
    `track.${trackId}.Draft.${participantId}`,
    `track.ozg.draft.${participantId}`,
    `track.${trackId}x.draft.${participantId}`,
    `../track.${trackId}.draft.${participantId}`,
    `track.${trackId}.draft.${participantId}/..`,
  ])("refuses %j", (name) => {
    expect(parseDraftDocumentName(name)).toBeNull();
  });

  it("refuses to build a name from something that is not a participant id", () => {
    expect(() => draftDocumentName(trackId, "../x")).toThrow();
    expect(() => draftDocumentName("ozg", participantId)).toThrow();
  });
});
