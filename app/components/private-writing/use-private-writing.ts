import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { useFetcher, useRevalidator } from "react-router";
import { latestTrackState, subscribeToTrackStates } from "../../collab/track-state-store";
import { useMessages } from "../../i18n/messages";
import type {
  clientAction as privateWritingAction,
  clientLoader as privateWritingLoader,
} from "../../routes/track-private-writing";
import type { PrivateWritingState } from "../../routes/track-private-writing.server";

/**
 * How often a moderator's list of drafts is fetched again while private writing is on. Nothing pushes it:
 * a draft appears in the list once its author first opens it. The switch itself is pushed (below).
 */
const DRAFT_LIST_REFRESH_MS = 5_000;

/**
 * The private-writing state of a track, fetched when the page opens and after every action. Switching it
 * on or off reaches the page over the collaboration socket, in the track's live state (ADR 008), like a
 * phase change: the page's data, this state included, is then loaded afresh at once, because whether
 * this person may write into the shared document has changed (the server closes their sockets right after
 * sending the state, and the editors reconnect with the new rights).
 */
export function usePrivateWriting(url: string) {
  const refusals = useMessages().privateWriting.refusals;
  const fetcher = useFetcher<typeof privateWritingLoader>();
  const { load } = fetcher;
  const reload = useCallback(() => void load(url), [load, url]);
  useEffect(() => reload(), [reload]);

  const action = useFetcher<typeof privateWritingAction>();
  useReloadAfterAction(action, reload);
  const [state, setState] = useState<PrivateWritingState | null>(null);
  const latest = fetcher.data;
  // Adjusted during rendering (not in an effect), so that the old state is not shown once more. While the
  // server cannot be reached, the last state received stays.
  if (latest && !("unreachable" in latest) && latest !== state) setState(latest);
  const live = useLivePrivateWriting(state?.trackDocument ?? null);
  useRevalidateWhenSwitched(live, state?.enabled ?? null);
  useRefreshDraftList(reload, (state?.canModerate && state.enabled) === true);
  const answered = action.data;
  // By the reason, in the visitor's language (the answer's own text is in the language of the request).
  const failure = answered && "reason" in answered ? refusals[answered.reason] : null;
  const done = answered && "done" in answered ? (answered.done ?? null) : null;
  return { state, action, failure, done, unreachable: latest !== undefined && "unreachable" in latest };
}

/** Fetches the state again whenever an action has been answered. */
function useReloadAfterAction(action: { state: string; data: unknown }, reload: () => void): void {
  const { state, data } = action;
  useEffect(() => {
    if (state === "idle" && data !== undefined) reload();
  }, [state, data, reload]);
}

/** Whether private writing is on, as the track's live state last said; null before any state arrived. */
function useLivePrivateWriting(trackDocument: string | null): boolean | null {
  return useSyncExternalStore(
    subscribeToTrackStates,
    () => (trackDocument ? (latestTrackState(trackDocument)?.state.privateWriting ?? null) : null),
    () => null,
  );
}

/**
 * Reloads the page's data (the route revalidates this panel's fetcher with it) when the live state
 * disagrees with what the page shows, once per pushed value: a failed reload is not retried in a loop.
 */
function useRevalidateWhenSwitched(live: boolean | null, shown: boolean | null): void {
  const { revalidate } = useRevalidator();
  const asked = useRef<boolean | null>(null);
  useEffect(() => {
    if (live === null || shown === null || live === shown) {
      asked.current = null;
      return;
    }
    if (asked.current === live) return;
    asked.current = live;
    void revalidate();
  }, [live, shown, revalidate]);
}

/** While `active` (a moderator, private writing on), fetches the drafts again every few seconds. */
function useRefreshDraftList(reload: () => void, active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const timer = window.setInterval(() => {
      if (document.visibilityState === "visible") reload();
    }, DRAFT_LIST_REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [reload, active]);
}
