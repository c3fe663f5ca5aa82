import { useFetcher } from "react-router";
import type { PlenaryComment, PlenaryView } from "../../../server/plenary/plenary-view";
import { useMessages } from "../../i18n/messages";
import { PublicEntry } from "../fahrplan/public-entry";
import { CommentList } from "./comment-list";
import { type OwnVoice, VoiceForm } from "./voice-form";

type Entry = PlenaryView["draft"]["sections"][number]["entries"][number];

interface PlenaryEntryProps {
  entry: Entry;
  view: PlenaryView;
  role: "moderator" | "participant" | "observer";
  own: OwnVoice | undefined;
  comments: PlenaryComment[];
}

/**
 * One entry of the draft in the plenary: the entry as it would be published, whether it changed during
 * the plenary and whether it is on the projector, its tally, and the voice form or the comments.
 */
export function PlenaryEntry({ entry, view, role, own, comments }: PlenaryEntryProps) {
  const t = useMessages().plenary;
  const tally = view.tallies[entry.id] ?? { consent: 0, concern: 0, onEarlierWording: 0 };
  const open = view.plenary?.status === "open";
  const projected = view.plenary?.projectedEntryId === entry.id;
  const changed = view.changedEntryIds.includes(entry.id);
  return (
    <div className={projected ? "plenary-entry projected" : "plenary-entry"} data-entry-id={entry.id}>
      <p className="plenary-marks">
        {projected && <strong className="mark">{t.moderation.projected}</strong>}
        {changed && <strong className="mark mark-changed">{t.entry.changed}</strong>}
        {view.plenary && (
          <span className="plenary-tally">
            {t.entry.tally(tally.consent, tally.concern)}
            {tally.onEarlierWording > 0 && ` (${t.entry.earlier(tally.onEarlierWording)})`}
          </span>
        )}
        {role === "moderator" && open && !projected && <ProjectButton entryId={entry.id} />}
      </p>
      <PublicEntry entry={entry} />
      {role === "participant" && view.plenary && (
        <VoiceForm
          entryId={entry.id}
          entryTitle={entry.title}
          own={own}
          version={view.versions[entry.id] ?? 0}
          open={open}
        />
      )}
      {role === "moderator" && <CommentList entryId={entry.id} comments={comments} open={open} />}
    </div>
  );
}

function ProjectButton({ entryId }: { entryId: string }) {
  const t = useMessages().plenary;
  const fetcher = useFetcher();
  return (
    <fetcher.Form method="post" className="inline-form">
      <input type="hidden" name="intent" value="project" />
      <input type="hidden" name="entryId" value={entryId} />
      <button type="submit" className="link-button">
        {t.moderation.project}
      </button>
    </fetcher.Form>
  );
}
