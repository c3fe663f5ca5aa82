import { Form } from "react-router";
import { deBoard } from "../../i18n/de-board";

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
  return (
    <Form method="post" action={action}>
      <input type="hidden" name="contributionId" value={contributionId} />
      {/* The visible text is the same in every row; the hidden part tells screen reader users which one. */}
      <button type="submit" name="intent" value="put-back" className="board-secondary">
        {deBoard.decide.putBack}
        <span className="visually-hidden"> {deBoard.decide.putBackFor(excerpt)}</span>
      </button>
    </Form>
  );
}
