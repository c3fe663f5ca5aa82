import { useEffect } from "react";
import { useNavigation, useRevalidator } from "react-router";

/** How often the board asks for fresh data while it is visible. */
export const REFRESH_INTERVAL_MS = 5000;

/**
 * Reloads the page's data every few seconds while the tab is visible, so that new contributions and votes
 * from the workshops show up. Paused while a form is submitting or a navigation or reload is under way:
 * a reload racing a submission could briefly show the state from before it. The interval starts anew
 * whenever the page is idle again, so a slow reload is never stacked on another.
 */
export function useLiveRevalidation(): void {
  const { revalidate, state: revalidation } = useRevalidator();
  const navigation = useNavigation();
  const idle = navigation.state === "idle" && revalidation === "idle";
  useEffect(() => {
    if (!idle) return;
    const timer = window.setInterval(() => {
      // A hidden tab need not keep the server busy; it catches up when shown again.
      if (document.visibilityState === "visible") void revalidate();
    }, REFRESH_INTERVAL_MS);
    return () => window.clearInterval(timer);
  }, [idle, revalidate]);
}
