import { useId } from "react";
import { Form } from "react-router";
import { useMessages } from "../../i18n/messages";
import { FormError, FormField } from "../form-field";
import type { EventTrack } from "./event-track-row";
import type { ErrorsOf } from "./form-rejection";

/** An observer link as the event page lists it (its token is never stored, only its hash). */
export interface ObserverLinkRow {
  id: string;
  label: string;
  /** Null: every track of the event. */
  trackId: string | null;
  createdAt: Date;
  revokedAt: Date | null;
}

export function ObserverLinks({
  observerLinks,
  tracks,
  createdLink,
  errorsOf,
}: {
  observerLinks: ObserverLinkRow[];
  tracks: Pick<EventTrack, "id" | "title">[];
  createdLink: string | null;
  errorsOf: ErrorsOf;
}) {
  const t = useMessages();
  const trackTitle = (trackId: string | null) =>
    trackId === null ? t.admin.event.allTracks : (tracks.find((track) => track.id === trackId)?.title ?? trackId);
  const createErrors = errorsOf("create-observer-link");
  const scopeId = useId();
  return (
    <section aria-labelledby="observers-heading" className="admin-section">
      <h2 id="observers-heading">{t.admin.event.observersHeading}</h2>
      <p>{t.admin.event.observersIntro}</p>
      <FormError message={errorsOf("revoke-observer-link")?.formError} />
      {observerLinks.length === 0 ? (
        <p>{t.admin.event.noObserverLinks}</p>
      ) : (
        <div className="admin-table-wrapper">
          <table className="admin-table" aria-labelledby="observers-heading">
            <thead>
              <tr>
                <th scope="col">{t.admin.event.labelColumn}</th>
                <th scope="col">{t.admin.event.scopeColumn}</th>
                <th scope="col">{t.admin.event.createdColumn}</th>
                <th scope="col">{t.admin.event.revokedColumn}</th>
              </tr>
            </thead>
            <tbody>
              {observerLinks.map((link) => (
                <tr key={link.id}>
                  <td>{link.label}</td>
                  <td>{trackTitle(link.trackId)}</td>
                  <td>{t.admin.dateTime(link.createdAt)}</td>
                  <td>
                    {link.revokedAt ? (
                      t.admin.event.revokedAt(t.admin.dateTime(link.revokedAt))
                    ) : (
                      <Form method="post" className="admin-inline-form">
                        <span>{t.admin.event.active}</span>
                        <input type="hidden" name="intent" value="revoke-observer-link" />
                        <input type="hidden" name="linkId" value={link.id} />
                        <button type="submit">
                          {t.admin.event.revoke}
                          <span className="visually-hidden">{t.admin.forItem(link.label)}</span>
                        </button>
                      </Form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {createdLink && (
        <div className="notice admin-notice" role="status">
          <h3>{t.admin.event.createdObserverHeading}</h3>
          <p>
            <code className="admin-secret">{createdLink}</code>
          </p>
          <p>{t.admin.event.createdObserverHint}</p>
        </div>
      )}

      <h3 id="create-observer-heading">{t.admin.event.createObserverHeading}</h3>
      {/* Keyed by the number of links, so that the form is emptied once a link was created. */}
      <Form
        method="post"
        className="card stacked-form"
        aria-labelledby="create-observer-heading"
        noValidate
        key={observerLinks.length}
      >
        <input type="hidden" name="intent" value="create-observer-link" />
        <FormError message={createErrors?.formError} />
        <FormField
          label={t.admin.event.observerLabel}
          name="label"
          hint={t.admin.event.observerLabelHint}
          error={createErrors?.fieldErrors.label}
          required
          maxLength={100}
        />
        <div className="form-field">
          <label htmlFor={scopeId}>{t.admin.event.observerScope}</label>
          <select id={scopeId} name="trackId" defaultValue="">
            <option value="">{t.admin.event.allTracks}</option>
            {tracks.map((track) => (
              <option key={track.id} value={track.id}>
                {track.title}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t.admin.event.createObserver}</button>
      </Form>
    </section>
  );
}
