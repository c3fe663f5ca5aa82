import { describe, expect, it } from "vitest";
import { pageOf, pageStarts } from "../../app/components/projector/page-starts";

const block = (top: number, height: number) => ({ top, bottom: top + height });

describe("the projector's pages", () => {
  it("is one page when everything fits", () => {
    expect(pageStarts([block(0, 100), block(110, 100)], 500)).toEqual([0]);
    expect(pageStarts([], 500)).toEqual([0]);
  });

  it("starts a page with the first block that would be cut at the foot of the one before", () => {
    const blocks = [block(0, 200), block(210, 200), block(420, 200), block(630, 200), block(840, 200)];
    expect(pageStarts(blocks, 500)).toEqual([0, 420, 840]);
  });

  it("gives a block taller than the wall a page of its own", () => {
    expect(pageStarts([block(0, 100), block(110, 900), block(1020, 50)], 500)).toEqual([0, 110, 1020]);
  });

  it("finds the page that shows a block", () => {
    expect(pageOf([0, 420, 840], 0)).toBe(0);
    expect(pageOf([0, 420, 840], 630)).toBe(1);
    expect(pageOf([0, 420, 840], 900)).toBe(2);
  });
});
