import { useEffect, useRef } from "react";
import { useLocation } from "react-router";

/**
 * After a client-side navigation the link or button that had the focus is gone, and the browser drops
 * the focus to the start of the document or out of it: a keyboard or screen reader user would be lost.
 * This moves the focus to the new page's main heading, where a full page load would start reading.
 * Only when the path changes: a form that reloads the same page (filters, saving) keeps the focus where
 * it is. `preventScroll`, because ScrollRestoration decides the scroll position.
 */
export function useFocusOnNavigation(): void {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const target = document.querySelector<HTMLElement>("main h1") ?? document.getElementById("inhalt");
    if (!target) return;
    // Focusable by script only, so that Tab does not stop at the heading.
    if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
    target.focus({ preventScroll: true });
  }, [pathname]);
}
