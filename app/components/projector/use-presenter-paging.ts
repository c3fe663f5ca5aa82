import { type RefObject, useCallback, useEffect, useRef, useState } from "react";
import { type BlockExtent, pageOf, pageStarts } from "./page-starts";

/** How long a page of the document stays on the wall before the next one is shown. */
export const PAGE_SECONDS = 15;

export interface PresenterPaging {
  /** The page shown (0-based) and how many there are. */
  page: number;
  pages: number;
  paused: boolean;
  togglePause: () => void;
  /** One page on or back, by hand (a presenter's remote sends PageDown/PageUp); pauses the paging. */
  turn: (by: 1 | -1) => void;
}

/**
 * The projector pages through a document longer than the wall by itself, a page every PAGE_SECONDS and
 * back to the first after the last, and follows new contributions: when one appears, its page is shown. The moderator can pause; PageDown/PageUp turn pages by hand.
 *
 * `viewport` is the scrolling element; its content's top-level blocks (`.ProseMirror > *`) are measured
 * whenever the document or the size changes, so that no page cuts a contribution in half.
 */
export function usePresenterPaging(viewport: RefObject<HTMLElement | null>): PresenterPaging {
  const [starts, setStarts] = useState<number[]>([0]);
  const [page, setPage] = useState(0);
  const [paused, setPaused] = useState(false);
  const known = useRef<Set<string> | null>(null);

  const show = useCallback(
    (index: number, pageTops: number[]) => {
      const element = viewport.current;
      if (!element) return;
      setPage(index);
      element.scrollTo({ top: pageTops[index] ?? 0, behavior: scrollBehaviour() });
    },
    [viewport],
  );

  useDocumentChanges(viewport, () => {
    const element = viewport.current;
    if (!element) return;
    const measured = pageStarts(blocksOf(element), element.clientHeight);
    // Typing that does not move a page boundary keeps the same pages, and so the page's time on the wall.
    setStarts((before) => (before.join() === measured.join() ? before : measured));
    const arrived = newContribution(element, known);
    // A paused page is being talked about: a new contribution waits for the paging to go on.
    if (arrived && !paused) show(pageOf(measured, extentOf(element, arrived).top), measured);
  });

  // Every page shown, by itself, by hand or for a new contribution, stays a full interval on the wall.
  useEffect(() => {
    if (paused || starts.length < 2) return;
    const timeout = setTimeout(() => show((page + 1) % starts.length, starts), PAGE_SECONDS * 1000);
    return () => clearTimeout(timeout);
  }, [paused, starts, page, show]);

  const turn = useCallback(
    (by: 1 | -1) => {
      setPaused(true);
      show(Math.min(Math.max(page + by, 0), starts.length - 1), starts);
    },
    [page, starts, show],
  );
  const togglePause = useCallback(() => setPaused((was) => !was), []);
  return { page: Math.min(page, starts.length - 1), pages: starts.length, paused, togglePause, turn };
}

/** Calls `onChange` once now and after every change of the document's content or the viewport's size. */
function useDocumentChanges(viewport: RefObject<HTMLElement | null>, onChange: () => void): void {
  const latest = useRef(onChange);
  latest.current = onChange;
  useEffect(() => {
    const element = viewport.current;
    if (!element) return;
    const changed = () => latest.current();
    const mutations = new MutationObserver(changed);
    mutations.observe(element, { childList: true, subtree: true, characterData: true });
    const sizes = new ResizeObserver(changed);
    sizes.observe(element);
    changed();
    return () => {
      mutations.disconnect();
      sizes.disconnect();
    };
  }, [viewport]);
}

function blocksOf(element: HTMLElement): BlockExtent[] {
  return [...element.querySelectorAll<HTMLElement>(".ProseMirror > *")].map((block) => extentOf(element, block));
}

function extentOf(viewport: HTMLElement, block: Element): BlockExtent {
  const frame = viewport.getBoundingClientRect();
  const box = block.getBoundingClientRect();
  const top = box.top - frame.top + viewport.scrollTop;
  return { top, bottom: top + box.height };
}

/**
 * The contribution that appeared since the last look, if any. The first look only learns what is there:
 * opening the projector shows the first page, not the last contribution.
 */
function newContribution(element: HTMLElement, known: { current: Set<string> | null }): Element | null {
  const blocks = [...element.querySelectorAll(".contribution[data-id]")];
  const ids = new Set(blocks.map((block) => block.getAttribute("data-id") ?? ""));
  const before = known.current;
  known.current = ids;
  if (!before) return null;
  return blocks.find((block) => !before.has(block.getAttribute("data-id") ?? "")) ?? null;
}

function scrollBehaviour(): ScrollBehavior {
  return window.matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth";
}
