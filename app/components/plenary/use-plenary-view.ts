import { useEffect, useRef, useState } from "react";
import { useRevalidator } from "react-router";
import type { PlenaryView } from "../../../server/plenary/plenary-view";

/**
 * The plenary as the server pushes it (server/plenary/plenary-hub.ts): starts from the page's data and
 * takes every view the stream sends. The browser's EventSource reconnects by itself after a drop; until
 * it is back, `connected` is false and the page says so.
 */
export function usePlenaryView(streamUrl: string, initial: PlenaryView): { view: PlenaryView; connected: boolean } {
  const [view, setView] = useState(initial);
  const [connected, setConnected] = useState(false);
  // A new page load (after an action, React Router reloads the data) starts from the fresher of the two.
  useEffect(() => setView(initial), [initial]);
  useEffect(() => {
    const source = new EventSource(streamUrl);
    source.addEventListener("open", () => setConnected(true));
    source.addEventListener("error", () => setConnected(false));
    source.addEventListener("view", (event) => {
      setView(JSON.parse((event as MessageEvent<string>).data) as PlenaryView);
      setConnected(true);
    });
    return () => source.close();
  }, [streamUrl]);
  return { view, connected };
}

/**
 * A participant's own voices come with the page; when a moderator answers one of their comments the
 * stream's fingerprint for them changes, and the page loads its data again to show the answer.
 */
export function useOwnAnswers(stamp: string | null): void {
  const { revalidate } = useRevalidator();
  const seen = useRef(stamp);
  useEffect(() => {
    if (stamp === seen.current) return;
    seen.current = stamp;
    void revalidate();
  }, [stamp, revalidate]);
}
