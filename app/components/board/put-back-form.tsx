import { Form } from "react-router";
import { useMessages } from "../../i18n/messages";

/** Puts an adopted or decided contribution back to "open". */
export function PutBackForm({
  action,
  contributionId,
  excerpt,
}: {
  action: string;
  contributionId: string;
  excerpt: string;
}) {
  const t = useMessages().board.decide;
  return (
    <Form method="post" action={action}>
      <input type="hidden" name="contributionId" value={contributionId} />
      {/* The visible text is the same in every row; the hidden part tells screen reader users which one. */}
      <button type="submit" name="intent" value="put-back" className="board-secondary">
        {t.putBack}
        <span className="visually-hidden"> {t.putBackFor(excerpt)}</span>
      </button>
    </Form>
  );
}
