/** A top-level block of the document (a heading, a contribution), measured from the top of the document. */
export interface BlockExtent {
  top: number;
  bottom: number;
}

/**
 * Where each page of the document starts, for a viewport `height` tall: a page begins with the first block
 * that would not fit on the page before, so that no contribution is cut in half at the foot of the wall
 * (a block taller than the viewport is the only one on its page). The first page starts at 0.
 */
export function pageStarts(blocks: readonly BlockExtent[], height: number): number[] {
  const starts = [0];
  let pageTop = 0;
  for (const block of blocks) {
    if (block.bottom - pageTop > height && block.top > pageTop) {
      pageTop = block.top;
      starts.push(pageTop);
    }
  }
  return starts;
}

/** The page that shows the block starting at `top`: the last page that starts at or above it. */
export function pageOf(starts: readonly number[], top: number): number {
  let index = 0;
  for (const [each, start] of starts.entries()) if (start <= top) index = each;
  return index;
}
