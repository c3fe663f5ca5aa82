import { describe, expect, it } from "vitest";
import { publicOrigin, trackJoinUrl } from "../../server/qr/join-link";

describe("join links", () => {
  const request = new Request("http://10.0.0.5:3000/admin/events/1");

  it("point at PUBLIC_URL when it is set, since behind a proxy the request shows the internal address", () => {
    expect(publicOrigin("https://fahrplan.example.org/", request)).toBe("https://fahrplan.example.org");
    expect(publicOrigin(null, request)).toBe("http://10.0.0.5:3000");
  });

  it("carry the code and the track's path, encoded as one query parameter each", () => {
    const link = trackJoinUrl("https://fahrplan.example.org", "K7M2Q9XH4T", {
      eventSlug: "kongress",
      trackSlug: "ozg",
    });
    expect(link).toBe(
      "https://fahrplan.example.org/join?code=K7M2Q9XH4T&redirectTo=%2Fevents%2Fkongress%2Ftracks%2Fozg",
    );
    expect(new URL(link).searchParams.get("redirectTo")).toBe("/events/kongress/tracks/ozg");
  });
});
