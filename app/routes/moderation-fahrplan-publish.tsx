import { useState } from "react";
import { Link } from "react-router";
import type { PublicationChoices } from "../../server/fahrplan/versions";
import { editorPath } from "../components/fahrplan/paths";
import { PublishForm } from "../components/fahrplan/publish-form";
import { PublishedFahrplan } from "../components/fahrplan/published-fahrplan";
import { FormError } from "../components/form-field";
import { useMessages } from "../i18n/messages";
import { metaMessages } from "../i18n/meta-messages";
import type { Route } from "./+types/moderation-fahrplan-publish";
import "../fahrplan.css";
import "../publication.css";

export function meta({ matches }: Route.MetaArgs) {
  return [{ title: `${metaMessages(matches).publication.publish.title} – Fahrplan` }];
}

/**
 * Publishing as a deliberate act (issue #15.2): the next Fassung previewed exactly as the public page
 * will show it, a title and a note for it, what publishing means, an explicit confirmation, and after it
 * the public link. The preview follows what is typed, so the title and note are seen where they will be.
 */
export { loadFahrplanPublishing as loader, publishFahrplan as action } from "./moderation-fahrplan-publish.server";

export default function PublishFahrplan({ loaderData, actionData }: Route.ComponentProps) {
  const { event, nextLabel, snapshot, draftHash, publicUrl, justPublished, plenaryOpen } = loaderData;
  const messages = useMessages();
  const t = messages.publication.publish;
  // What is typed shows in the preview at once, where it will stand on the public page.
  const [choices, setChoices] = useState<PublicationChoices>({ title: "", note: "", emptySections: "list" });
  return (
    <main id="inhalt" className="page page-wide publish-page">
      <p>
        <Link to={editorPath(event.id)}>{t.back}</Link>
      </p>
      <h1>{t.title}</h1>
      {justPublished && (
        <div role="status" className="done-message publish-done">
          <p>
            {t.done(justPublished.label)} <Link to={justPublished.path}>{t.doneLink}</Link>
          </p>
        </div>
      )}
      <p>{t.intro(nextLabel)}</p>
      {plenaryOpen && <p className="notice">{messages.plenary.publishWhileOpen}</p>}
      <FormError message={actionData?.error} />
      <PublishForm
        draftHash={draftHash}
        nextLabel={nextLabel}
        publicUrl={publicUrl}
        hasEmptySections={snapshot.sections.some((section) => section.entries.length === 0)}
        errors={actionData?.fieldErrors ?? {}}
        choices={choices}
        onChange={setChoices}
      />
      <section className="preview-frame" aria-label={t.previewLabel(nextLabel)}>
        <PublishedFahrplan
          snapshot={{
            ...snapshot,
            publication: { ...choices, title: choices.title.trim(), note: choices.note.trim() },
          }}
          versionLine={t.previewLabel(nextLabel)}
        />
      </section>
    </main>
  );
}
