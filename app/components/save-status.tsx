import { useEffect, useRef, useState } from "react";
import type { SaveState } from "../collab/save-state";
import type { SaveTracker } from "../collab/save-tracker";
import { useSaveState } from "../collab/use-track-connection";
import { type Messages, useMessages } from "../i18n/messages";
import "./save-status.css";

interface SaveStatusProps {
  saveTracker: SaveTracker;
  editable: boolean;
  /** Whether this page keeps a local copy in IndexedDB, so that the texts may promise it. */
  keepsLocalCopy: boolean;
}

/**
 * Says whether what this person typed is on the server, on this device only, or on its way (ADR 013).
 * The visible line changes with every round trip while someone types, so it is not a live region; a
 * separate polite live region reads out only the changes of the connection itself.
 */
export function SaveStatus({ saveTracker, editable, keepsLocalCopy }: SaveStatusProps) {
  const t = useMessages();
  const { state, confirmedAt } = useSaveState(saveTracker);
  const text = stateText(t, state, editable, keepsLocalCopy);
  return (
    <div className="save-line">
      <p className={`save-status save-status-${state}`} data-state={state}>
        {text}
      </p>
      {state === "saved" && confirmedAt !== null && (
        <p className="save-confirmed-at">{t.offline.confirmedAt(t.format.time(new Date(confirmedAt)))}</p>
      )}
      {state === "offline-local" && editable && <p className="hint">{t.offline.offlineHint}</p>}
      <ConnectionAnnouncer state={state} stateText={text} keepsLocalCopy={keepsLocalCopy} />
    </div>
  );
}

function stateText(t: Messages, state: SaveState, editable: boolean, keepsLocalCopy: boolean): string {
  const texts = t.offline.states;
  switch (state) {
    case "saved":
      return editable ? texts.saved : texts.readOnly;
    case "offline":
      return editable ? texts.offline : texts.offlineReadOnly;
    case "offline-local":
      return texts.offlineLocal;
    case "blocked":
      return keepsLocalCopy ? texts.blocked : texts.blockedReadOnly;
    default:
      return texts[state];
  }
}

/** The connection as a screen reader hears about it: online, offline, blocked or unavailable. */
type Connectivity = "pending" | "online" | "offline" | "blocked" | "unavailable";

function connectivityOf(state: SaveState): Connectivity {
  if (state === "saved" || state === "saving") return "online";
  if (state === "offline" || state === "offline-local") return "offline";
  if (state === "blocked" || state === "unavailable") return state;
  return "pending";
}

/**
 * A polite live region that speaks when the connectivity changes, not on load and not while typing.
 * "Back online" is said only after an "offline" was.
 */
function ConnectionAnnouncer({
  state,
  stateText,
  keepsLocalCopy,
}: {
  state: SaveState;
  stateText: string;
  keepsLocalCopy: boolean;
}) {
  const t = useMessages();
  const [announcement, setAnnouncement] = useState("");
  const previous = useRef<Connectivity>("pending");
  const connectivity = connectivityOf(state);
  useEffect(() => {
    const before = previous.current;
    if (connectivity === before || connectivity === "pending") return;
    previous.current = connectivity;
    const texts = t.offline;
    if (connectivity === "offline") {
      setAnnouncement(keepsLocalCopy ? texts.announcements.offlineLocal : texts.announcements.offline);
    } else if (connectivity === "online") {
      setAnnouncement(before === "pending" ? "" : texts.announcements.online);
    } else {
      setAnnouncement(stateText); // blocked or unavailable: the visible text says what to do
    }
  }, [connectivity, keepsLocalCopy, stateText, t]);
  return (
    <p className="visually-hidden" role="status" aria-live="polite">
      {announcement}
    </p>
  );
}
