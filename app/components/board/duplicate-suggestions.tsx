import { Form } from "react-router";
import { excerptOf } from "../../../shared/excerpt";
import { useMessages } from "../../i18n/messages";
import { ContributionText } from "./contribution-text";
import type { Suggestion } from "./types";

/** Likely duplicates, each with the words it shares and a one-step merge into one new entry. */
export function DuplicateSuggestions({ suggestions, action }: { suggestions: Suggestion[]; action: string }) {
  const t = useMessages().board.suggestions;
  return (
    <section aria-labelledby="board-suggestions-heading" className="board-suggestions">
      <h2 id="board-suggestions-heading">{t.heading}</h2>
      <p className="hint">{t.intro}</p>
      {suggestions.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ol className="board-suggestion-list">
          {suggestions.map((suggestion, index) => (
            <li key={`${suggestion.first.id}:${suggestion.second.id}`}>
              <SuggestionCard suggestion={suggestion} number={index + 1} action={action} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function SuggestionCard({ suggestion, number, action }: { suggestion: Suggestion; number: number; action: string }) {
  const t = useMessages().board.suggestions;
  const headingId = `board-suggestion-${suggestion.first.id}-${suggestion.second.id}`;
  const { first, second } = suggestion;
  return (
    <article className="board-suggestion" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t.pair(number)} · {t.similarity(Math.round(suggestion.similarity * 100))}
      </h3>
      {suggestion.sharedWords.length > 0 && <p className="hint">{t.sharedWords(suggestion.sharedWords.join(", "))}</p>}
      <div className="board-suggestion-pair">
        {[first, second].map((side) => (
          <div key={side.id} className="board-suggestion-side">
            <p className="hint">{side.trackTitle}</p>
            <ContributionText text={side.text} />
          </div>
        ))}
      </div>
      <Form method="post" action={action}>
        <input type="hidden" name="contributionIds" value={first.id} />
        <input type="hidden" name="contributionIds" value={second.id} />
        <button type="submit" name="intent" value="merge-suggestion" aria-describedby={`${headingId}-hint`}>
          {t.merge}
          <span className="visually-hidden"> {t.mergePair(excerptOf(first.text), excerptOf(second.text))}</span>
        </button>
        <p id={`${headingId}-hint`} className="hint">
          {t.mergeHint}
        </p>
      </Form>
    </article>
  );
}
