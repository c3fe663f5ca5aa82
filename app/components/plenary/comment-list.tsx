import { useFetcher } from "react-router";
import type { PlenaryComment } from "../../../server/plenary/plenary-view";
import { MAX_PLENARY_COMMENT_LENGTH } from "../../forms/plenary-schemas";
import { useMessages } from "../../i18n/messages";

/** The comments on one entry, for its moderators: who said what, with their voice, and an answer form each. */
export function CommentList({
  entryId,
  comments,
  open,
}: {
  entryId: string;
  comments: PlenaryComment[];
  open: boolean;
}) {
  const t = useMessages().plenary;
  if (comments.length === 0) return null;
  return (
    <section className="plenary-comments" aria-label={t.moderation.comments(comments.length)}>
      <h4>{t.moderation.comments(comments.length)}</h4>
      <ul>
        {comments.map((comment) => (
          <li key={comment.participantId} className={comment.resolved ? "comment resolved" : "comment"}>
            <p className="source-meta">
              <span>{comment.voice === "consent" ? t.voice.consent : t.voice.concern}</span>
              <span>{t.moderation.by(comment.name)}</span>
              {comment.onEarlierWording && <span>{t.entry.earlier(1)}</span>}
              {comment.resolved && <span>{t.moderation.resolved}</span>}
            </p>
            <blockquote className="source-text preserve-lines">{comment.comment}</blockquote>
            <AnswerForm entryId={entryId} comment={comment} open={open} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function AnswerForm({ entryId, comment, open }: { entryId: string; comment: PlenaryComment; open: boolean }) {
  const t = useMessages().plenary;
  const fetcher = useFetcher<{ done?: string; error?: string }>();
  if (!open) return comment.reply ? <p className="voice-reply">{t.voice.reply(comment.reply)}</p> : null;
  return (
    <fetcher.Form method="post" className="answer-form" key={`${comment.reply}-${comment.resolved}`}>
      <input type="hidden" name="intent" value="answer" />
      <input type="hidden" name="entryId" value={entryId} />
      <input type="hidden" name="participantId" value={comment.participantId} />
      <label>
        {t.moderation.reply}
        <textarea name="reply" rows={2} maxLength={MAX_PLENARY_COMMENT_LENGTH} defaultValue={comment.reply ?? ""} />
      </label>
      <label className="choice">
        <input type="checkbox" name="resolved" defaultChecked={comment.resolved} /> {t.moderation.resolved}
      </label>
      <button type="submit" className="secondary-button" disabled={fetcher.state !== "idle"}>
        {t.moderation.saveReply}
      </button>
      <p role="status" className="voice-status">
        {fetcher.data?.error ?? (fetcher.data?.done && fetcher.state === "idle" ? t.done.answer : "")}
      </p>
    </fetcher.Form>
  );
}
