import { useState } from "react";
import { useMessages } from "../i18n/messages";

/**
 * What a form just did, said once where it is seen (issue #14.7): sticky at the top of the window, so that
 * a moderator who acted at the foot of a long list sees it too, and announced politely. It stays until
 * dismissed or replaced by the next answer; `answer` is the action's data, so the same words twice are two
 * answers.
 */
export function DoneMessage({ answer, message }: { answer: object | null | undefined; message: string | null }) {
  const t = useMessages();
  const [dismissed, setDismissed] = useState<object | null>(null);
  const shown = answer && message && answer !== dismissed ? message : null;
  return (
    <div role="status" className={shown ? "done-message" : "visually-hidden"}>
      {shown && (
        <>
          <p>{shown}</p>
          <button type="button" className="link-button" onClick={() => setDismissed(answer ?? null)}>
            {t.dismiss}
          </button>
        </>
      )}
    </div>
  );
}
