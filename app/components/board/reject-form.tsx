import { useId } from "react";
import { Form } from "react-router";
import { MAX_REASON_LENGTH } from "../../forms/board-schemas";
import { useMessages } from "../../i18n/messages";

/** Rejects an open contribution; the reason is required (and checked again by the server). */
export function RejectForm({ action, contributionId }: { action: string; contributionId: string }) {
  const t = useMessages().board.decide;
  const id = useId();
  return (
    <Form method="post" action={action} className="board-decide-form">
      <input type="hidden" name="contributionId" value={contributionId} />
      <div className="form-field">
        <label htmlFor={id}>{t.reason}</label>
        <textarea
          id={id}
          name="reason"
          rows={2}
          required
          maxLength={MAX_REASON_LENGTH}
          aria-describedby={`${id}-hint`}
        />
        <p id={`${id}-hint`} className="hint">
          {t.reasonHint}
        </p>
      </div>
      <button type="submit" name="intent" value="reject">
        {t.reject}
      </button>
    </Form>
  );
}
