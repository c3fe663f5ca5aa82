import { useEffect, useState } from "react";
import { PlenaryControls } from "../components/plenary/plenary-controls";
import { PlenaryEntry } from "../components/plenary/plenary-entry";
import { useOwnAnswers, usePlenaryView } from "../components/plenary/use-plenary-view";
import { useMessages } from "../i18n/messages";
import { metaMessages } from "../i18n/meta-messages";
import type { Route } from "./+types/event-plenary";
import "../fahrplan.css";
import "../plenary.css";

export function meta({ matches }: Route.MetaArgs) {
  return [{ title: `${metaMessages(matches).plenary.title} – Fahrplan` }];
}

/**
 * The closing plenary of an event (issue #15.1): the draft Fahrplan, live, for everyone in the event;
 * participants give a voice per entry, moderators steer and answer comments. The page starts from its
 * data and then follows the server's stream.
 */
export {
  loadPlenary as loader,
  performPlenaryAction as action,
} from "./event-plenary.server";

export default function EventPlenary({ loaderData }: Route.ComponentProps) {
  const { event, role, own, participantId, streamUrl, projectorUrl, editorUrl, publishUrl } = loaderData;
  const t = useMessages().plenary;
  const { view, connected } = usePlenaryView(streamUrl, loaderData.view);
  useOwnAnswers(participantId ? (view.replyStamps[participantId] ?? null) : null);
  const [follow, setFollow] = useState(false);
  const projected = view.plenary?.projectedEntryId ?? null;
  useEffect(() => {
    if (!follow || !projected) return;
    const reduced = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    document
      .getElementById(`entry-${projected}`)
      ?.scrollIntoView({ behavior: reduced ? "auto" : "smooth", block: "start" });
  }, [follow, projected]);
  const entryIds = view.draft.sections.flatMap((section) => section.entries.map((entry) => entry.id));
  const status = view.plenary?.status;
  return (
    <main id="inhalt" className="page page-wide plenary-page">
      <p className="event-meta">{event.title}</p>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <p className={status === "open" ? "notice plenary-status open" : "notice plenary-status"}>
        {status === "open" ? t.status.open : status === "closed" ? t.status.closed : t.status.notOpened}
      </p>
      <p className="hint" role="status">
        {connected ? t.live.connected : t.live.reconnecting}
      </p>
      {role === "observer" && <p className="hint">{t.voice.observer}</p>}
      {role === "moderator" && (
        <PlenaryControls
          view={view}
          entryIds={entryIds}
          projectorUrl={projectorUrl}
          editorUrl={editorUrl}
          publishUrl={publishUrl}
        />
      )}
      {status === "open" && (
        <label className="choice plenary-follow">
          <input type="checkbox" checked={follow} onChange={(change) => setFollow(change.target.checked)} /> {t.follow}
          <span className="hint"> {t.followHint}</span>
        </label>
      )}
      <h2 className="plenary-draft-title">{view.draft.title}</h2>
      {view.draft.sections
        .filter((section) => section.entries.length > 0)
        .map((section) => (
          <section key={section.title} className="public-section" aria-label={section.title}>
            <h2>{section.title}</h2>
            <ol className="public-entries">
              {section.entries.map((entry) => (
                <li key={entry.id}>
                  <PlenaryEntry
                    entry={entry}
                    view={view}
                    role={role}
                    own={own[entry.id]}
                    comments={view.comments?.[entry.id] ?? []}
                  />
                </li>
              ))}
            </ol>
          </section>
        ))}
    </main>
  );
}
