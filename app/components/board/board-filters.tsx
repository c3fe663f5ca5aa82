import { Form, Link } from "react-router";
import type { BoardFilters as Filters } from "../../forms/board-schemas";
import { useMessages } from "../../i18n/messages";
import { FormField } from "../form-field";
import { Options, SelectField } from "./select-field";
import type { Choice } from "./types";

interface BoardFiltersProps {
  eventId: string;
  /** The events the account moderates; a choice only when there is more than one. */
  events: { id: string; title: string }[];
  tracks: { id: string; title: string }[];
  filters: Filters;
}

const STATUSES = ["open", "adopted", "rejected", "duplicate"] as const;

/**
 * The filters as a GET form: they live in the query string, so a filtered board can be bookmarked, and the
 * loader filters. Keyed by the filters, so that going back in history shows that page's values.
 */
export function BoardFilters({ eventId, events, tracks, filters }: BoardFiltersProps) {
  const board = useMessages().board;
  const t = board.filters;
  const all: Choice = { value: "", label: t.all };
  const kindChoices: Choice[] = [
    all,
    { value: "problem", label: board.kindsPlural.problem },
    { value: "step", label: board.kindsPlural.step },
  ];
  const statusChoices: Choice[] = [
    all,
    ...STATUSES.map((status) => ({ value: status, label: board.statuses[status] })),
  ];
  return (
    <section aria-labelledby="board-filter-heading" className="board-filters">
      <h2 id="board-filter-heading">{t.heading}</h2>
      <Form method="get" key={JSON.stringify(filters)} className="board-filter-form">
        {events.length > 1 ? (
          <SelectField label={t.event} name="event" defaultValue={eventId}>
            <Options choices={events.map((event) => ({ value: event.id, label: event.title }))} />
          </SelectField>
        ) : (
          <input type="hidden" name="event" value={eventId} />
        )}
        <SelectField label={t.track} name="track" defaultValue={filters.track ?? ""}>
          <Options choices={[all, ...tracks.map((track) => ({ value: track.id, label: track.title }))]} />
        </SelectField>
        <SelectField label={t.kind} name="kind" defaultValue={filters.kind ?? ""}>
          <Options choices={kindChoices} />
        </SelectField>
        <SelectField label={t.status} name="status" defaultValue={filters.status ?? ""}>
          <Options choices={statusChoices} />
        </SelectField>
        <FormField
          label={t.minVotes}
          name="minVotes"
          type="number"
          inputMode="numeric"
          min={0}
          max={9999}
          step={1}
          defaultValue={filters.minVotes ?? ""}
        />
        <FormField
          label={t.query}
          hint={t.queryHint}
          name="q"
          type="search"
          maxLength={500}
          defaultValue={filters.q ?? ""}
        />
        <div className="board-filter-buttons">
          <button type="submit">{t.apply}</button>
          <Link to={`/moderation/board?event=${encodeURIComponent(eventId)}`}>{t.reset}</Link>
        </div>
      </Form>
    </section>
  );
}
