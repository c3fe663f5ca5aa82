import { Form } from "react-router";
import { useMessages } from "../../i18n/messages";

/**
 * "Wiederherstellen" with a confirmation step: a disclosure (works with the keyboard and without script)
 * that explains what happens before the button that does it.
 */
export function RestoreControls({ snapshotId }: { snapshotId: number }) {
  const t = useMessages().history.restore;
  return (
    <details className="history-restore">
      <summary>{t.open}</summary>
      <p>{t.warning}</p>
      <Form method="post">
        <input type="hidden" name="intent" value="restore" />
        <input type="hidden" name="snapshotId" value={snapshotId} />
        <button type="submit" className="button-danger">
          {t.confirm}
        </button>
      </Form>
    </details>
  );
}

/** Shown right after a restore: restoring the state saved just before it undoes the restore. */
export function UndoRestoreForm({ beforeRestoreId }: { beforeRestoreId: number }) {
  const t = useMessages().history.restore;
  return (
    <Form method="post" className="history-undo">
      <input type="hidden" name="intent" value="restore" />
      <input type="hidden" name="snapshotId" value={beforeRestoreId} />
      <input type="hidden" name="undo" value="1" />
      <button type="submit">{t.undo}</button>
    </Form>
  );
}
