import { describe, expect, it } from "vitest";
import { readableLink } from "../../app/components/admin/readable-link";

describe("a join link as people read it", () => {
  it("shows the query's values decoded", () => {
    const href = "http://kongress.local:3000/join?code=TESTC0DE42&redirectTo=%2Fevents%2Fkongress-2018%2Ftracks%2Fozg";
    expect(readableLink(href)).toBe(
      "http://kongress.local:3000/join?code=TESTC0DE42&redirectTo=/events/kongress-2018/tracks/ozg",
    );
  });

  it("leaves a link without a query as it is", () => {
    expect(readableLink("https://fahrplan.example/join")).toBe("https://fahrplan.example/join");
  });
});
