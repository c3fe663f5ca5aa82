import { Form } from "react-router";
import { useMessages } from "../../i18n/messages";
import { FormError } from "../form-field";
import { JoinQrCode } from "../join-qr-code";
import type { EventTrack } from "./event-track-row";
import type { Rejection } from "./form-rejection";

export function JoinCode({
  joinCode,
  eventSlug,
  tracks,
  errors,
}: {
  joinCode: string | null;
  eventSlug: string;
  tracks: (Pick<EventTrack, "id" | "title" | "joinUrl"> & { slug: string })[];
  errors: Rejection | null;
}) {
  const t = useMessages();
  return (
    <section aria-labelledby="join-heading" className="admin-section">
      <h2 id="join-heading">{t.admin.event.joinHeading}</h2>
      {joinCode ? (
        <p>
          {t.admin.event.currentCode} <strong className="admin-code">{joinCode}</strong>
        </p>
      ) : (
        <p>{t.admin.event.noCode}</p>
      )}
      {joinCode && tracks.length > 0 && (
        <>
          <h3>{t.admin.event.joinLinksHeading}</h3>
          <p className="hint">{t.admin.event.joinLinksHint}</p>
          <ul className="admin-link-list join-qr-list">
            {tracks.map(
              (track) =>
                track.joinUrl && (
                  <li key={track.id}>
                    <span>
                      <strong>{track.title}</strong>: <a href={track.joinUrl}>{track.joinUrl}</a>
                    </span>
                    <JoinQrCode
                      eventSlug={eventSlug}
                      trackSlug={track.slug}
                      joinUrl={track.joinUrl}
                      trackTitle={track.title}
                    />
                    <a href={`/events/${eventSlug}/tracks/${track.slug}/handout.pdf`}>
                      {t.qr.trackHandout}
                      <span className="visually-hidden">{t.admin.forItem(track.title)}</span>
                    </a>
                  </li>
                ),
            )}
          </ul>
          <p>
            <a href={`/events/${eventSlug}/handout.pdf`}>{t.qr.eventHandout}</a>
          </p>
        </>
      )}
      <Form method="post" className="stacked-form">
        <input type="hidden" name="intent" value="rotate-join-code" />
        <FormError message={errors?.formError} />
        <p id="rotate-hint">{t.admin.event.rotateHint}</p>
        <button type="submit" aria-describedby="rotate-hint">
          {t.admin.event.rotateCode}
        </button>
      </Form>
    </section>
  );
}
