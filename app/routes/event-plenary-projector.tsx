import { EntryText } from "../components/fahrplan/public-entry";
import { usePlenaryView } from "../components/plenary/use-plenary-view";
import { useMessages } from "../i18n/messages";
import { metaMessages } from "../i18n/meta-messages";
import type { Route } from "./+types/event-plenary-projector";
import "../fahrplan.css";
import "../plenary.css";

export const handle = { presenter: true };

export function meta({ matches }: Route.MetaArgs) {
  return [{ title: `${metaMessages(matches).plenary.title} – Fahrplan` }];
}

/**
 * The plenary on the wall: the entry the moderators put on the projector, in large type, with its tally;
 * it follows their steps forward and back as they make them (the same stream as the plenary page).
 */
export { loadPlenaryProjector as loader } from "./event-plenary-projector.server";

export default function PlenaryProjector({ loaderData }: Route.ComponentProps) {
  const t = useMessages().plenary;
  const { view } = usePlenaryView(loaderData.streamUrl, loaderData.view);
  const entries = view.draft.sections.flatMap((section) => section.entries);
  const projectedId = view.plenary?.projectedEntryId ?? null;
  const index = entries.findIndex((entry) => entry.id === projectedId);
  const entry = entries[index];
  const tally = entry ? (view.tallies[entry.id] ?? { consent: 0, concern: 0, onEarlierWording: 0 }) : null;
  return (
    <main id="inhalt" className="plenary-projector">
      <header>
        <h1>{t.projector.title(loaderData.event.title)}</h1>
        {entry && <p>{t.projector.position(index + 1, entries.length)}</p>}
      </header>
      {/* Announced when the moderators step on, for a screen reader at the wall's computer. */}
      <section aria-live="polite">
        {entry && tally ? (
          <>
            <p className="projected-tally">{t.entry.tally(tally.consent, tally.concern)}</p>
            {view.changedEntryIds.includes(entry.id) && <p className="notice">{t.entry.changed}</p>}
            <ProjectedEntry entry={entry} />
          </>
        ) : (
          <p className="projected-title">{t.projector.nothing}</p>
        )}
      </section>
    </main>
  );
}

type Entry = Route.ComponentProps["loaderData"]["view"]["draft"]["sections"][number]["entries"][number];

/** The entry as the hall reads it from afar: title, problem statement and steps; the sources stay on the page. */
function ProjectedEntry({ entry }: { entry: Entry }) {
  return (
    <article className="projected-entry">
      <h2>{entry.title}</h2>
      <EntryText entry={entry} headingLevel={3} />
    </article>
  );
}
