import { Form } from "react-router";
import { excerptOf } from "../../../shared/excerpt";
import { useMessages } from "../../i18n/messages";
import type { ContributionRef, BoardRow as Row, Similar } from "./types";

interface SimilarContributionsProps {
  row: Row;
  similar: Similar[];
  refsById: ReadonlyMap<string, ContributionRef>;
  action: string;
}

/**
 * "Ähnliche Beiträge" of one contribution, folded away under its text: the most similar open ones from any
 * workshop, each with the words they share and the same one-step merge as "Mögliche Duplikate".
 */
export function SimilarContributions({ row, similar, refsById, action }: SimilarContributionsProps) {
  const t = useMessages().board.similar;
  const excerpt = excerptOf(row.text);
  return (
    <details className="board-similar">
      <summary>
        {t.summary(similar.length)}
        <span className="visually-hidden"> {t.of(excerpt)}</span>
      </summary>
      <ol>
        {similar.map((each) => {
          const other = refsById.get(each.id);
          if (!other) return null;
          return (
            <li key={each.id}>
              <p>
                <span className="hint">
                  {t.percent(Math.round(each.similarity * 100))} · {other.trackTitle}:
                </span>{" "}
                „{other.excerpt}“
              </p>
              {each.sharedWords.length > 0 && <p className="hint">{t.sharedWords(each.sharedWords.join(", "))}</p>}
              <Form method="post" action={action}>
                <input type="hidden" name="contributionIds" value={row.id} />
                <input type="hidden" name="contributionIds" value={each.id} />
                <button type="submit" name="intent" value="merge-suggestion" className="board-secondary">
                  {t.merge}
                  <span className="visually-hidden"> {t.mergePair(excerpt, other.excerpt)}</span>
                </button>
              </Form>
            </li>
          );
        })}
      </ol>
    </details>
  );
}
