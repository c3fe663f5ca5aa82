import { useFetcher } from "react-router";
import { MAX_PLENARY_COMMENT_LENGTH } from "../../forms/plenary-schemas";
import { useMessages } from "../../i18n/messages";

export interface OwnVoice {
  voice: "consent" | "concern";
  comment: string;
  entryVersion: number;
  reply: string | null;
}

interface VoiceFormProps {
  entryId: string;
  entryTitle: string;
  own: OwnVoice | undefined;
  /** The entry's current version: a voice given on an older one asks to be confirmed. */
  version: number;
  open: boolean;
}

/**
 * A participant's voice on one entry: consent or concerns and an optional comment, given or changed until
 * the plenary closes. A voice on an earlier wording of the entry says so and offers to confirm it.
 */
export function VoiceForm({ entryId, entryTitle, own, version, open }: VoiceFormProps) {
  const t = useMessages().plenary;
  const fetcher = useFetcher<{ done?: string; error?: string }>();
  const earlier = own !== undefined && own.entryVersion < version;
  const busy = fetcher.state !== "idle";
  return (
    <div className="voice">
      {own && <p className="voice-own">{t.voice.yours(own.voice === "consent" ? t.voice.consent : t.voice.concern)}</p>}
      {own?.reply && <p className="voice-reply">{t.voice.reply(own.reply)}</p>}
      {earlier && open && <p className="notice">{t.voice.earlierWording}</p>}
      {!open ? (
        own && <p className="hint">{t.voice.closed}</p>
      ) : (
        // A new key per saved voice: the form starts from what is stored.
        <fetcher.Form method="post" className="voice-form" key={`${own?.voice}-${own?.entryVersion}`}>
          <input type="hidden" name="intent" value="voice" />
          <input type="hidden" name="entryId" value={entryId} />
          <fieldset>
            <legend>
              {t.voice.legend}
              <span className="visually-hidden">: {entryTitle}</span>
            </legend>
            {(["consent", "concern"] as const).map((voice) => (
              <label key={voice} className="choice">
                <input type="radio" name="voice" value={voice} required defaultChecked={own?.voice === voice} />{" "}
                {voice === "consent" ? t.voice.consent : t.voice.concern}
              </label>
            ))}
          </fieldset>
          <label className="voice-comment">
            {t.voice.comment}
            <textarea
              name="comment"
              rows={2}
              maxLength={MAX_PLENARY_COMMENT_LENGTH}
              defaultValue={own?.comment ?? ""}
              aria-describedby={`comment-hint-${entryId}`}
            />
          </label>
          <p id={`comment-hint-${entryId}`} className="hint">
            {t.voice.commentHint}
          </p>
          <button type="submit" disabled={busy}>
            {earlier ? t.voice.confirm : own ? t.voice.change : t.voice.submit}
          </button>
          <p role="status" className="voice-status">
            {fetcher.data?.error ?? (fetcher.data?.done && fetcher.state === "idle" ? t.done.voice : "")}
          </p>
        </fetcher.Form>
      )}
    </div>
  );
}
