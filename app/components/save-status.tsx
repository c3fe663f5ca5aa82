import type { SaveTracker } from "../collab/save-tracker";
import { useSaveState } from "../collab/use-track-connection";
import { useMessages } from "../i18n/messages";

/** Says whether what this participant typed is stored. A polite live region: read out when it changes. */
export function SaveStatus({ saveTracker, editable }: { saveTracker: SaveTracker; editable: boolean }) {
  const t = useMessages();
  const state = useSaveState(saveTracker);
  const text = !editable && state === "saved" ? t.saveState.readOnly : t.saveState[state];
  return (
    <p className={`save-status save-status-${state}`} role="status" data-state={state}>
      {text}
    </p>
  );
}
