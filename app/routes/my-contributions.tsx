import { Link } from "react-router";
import { useMessages } from "../i18n/messages";
import { metaMessages } from "../i18n/meta-messages";
import type { Route } from "./+types/my-contributions";

export function meta({ matches }: Route.MetaArgs) {
  return [{ title: `${metaMessages(matches).legal.myContributions.title} – Fahrplan` }];
}

/** A participant's own contributions, to read and to download (right of access and portability). */
export { loadMyContributions as loader } from "./my-contributions.server";

export default function MyContributions({ loaderData }: Route.ComponentProps) {
  const t = useMessages().legal.myContributions;
  const { data } = loaderData;
  return (
    <main id="inhalt" className="page">
      <h1>{t.title}</h1>
      {!data ? (
        <p>{t.onlyParticipants}</p>
      ) : (
        <>
          <p>{t.intro}</p>
          <p>{t.identity(data.participant.displayName, data.participant.organisation)}</p>
          <section aria-labelledby="download-heading">
            <h2 id="download-heading">{t.downloadHeading}</h2>
            <ul>
              <li>
                <Link to="/meine-beitraege/download?format=json" reloadDocument>
                  {t.downloadJson}
                </Link>
              </li>
              <li>
                <Link to="/meine-beitraege/download?format=md" reloadDocument>
                  {t.downloadMarkdown}
                </Link>
              </li>
            </ul>
          </section>
          <section aria-labelledby="own-list-heading">
            <h2 id="own-list-heading">{t.count(data.contributions.length)}</h2>
            {data.contributions.length === 0 ? (
              <p>{t.none}</p>
            ) : (
              <ul className="own-contributions">
                {data.contributions.map((contribution) => (
                  <li key={contribution.id}>
                    <strong>
                      {t.kinds[contribution.kind]} · {contribution.track}
                    </strong>{" "}
                    {contribution.deletedAt && <em>{t.deleted}</em>}
                    <p>{contribution.text}</p>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </main>
  );
}
