import type { SnapshotSummary } from "../../../server/history/snapshot-store";
import { type Messages, useMessages } from "../../i18n/messages";

type Labelled = Pick<SnapshotSummary, "kind" | "name">;

/** `snapshotLabel` in the visitor's language. */
export function useSnapshotLabel(): (snapshot: Labelled) => string {
  const kinds = useMessages().history.kinds;
  return (snapshot) => snapshotLabel(snapshot, kinds);
}

/** How a snapshot is called in the list and the slider: its name, or what kind of snapshot it is. */
export function snapshotLabel(snapshot: Labelled, kinds: Messages["history"]["kinds"]): string {
  switch (snapshot.kind) {
    case "manual":
      return snapshot.name ?? kinds.manual;
    case "phase":
      return kinds.phase(snapshot.name);
    case "auto":
      return kinds.auto;
    case "before-restore":
      return kinds["before-restore"];
  }
}
