import { Form } from "react-router";
import { useMessages } from "../../i18n/messages";
import { ConfirmButton } from "../confirm-button";
import { FormError } from "../form-field";
import { JoinQrCode } from "../join-qr-code";
import { CopyLinkButton } from "./copy-link-button";
import type { EventTrack } from "./event-track-row";
import type { Rejection } from "./form-rejection";
import { readableLink } from "./readable-link";

/**
 * The join code and each workshop's join link with its QR code and handout: what an admin needs first on
 * the congress morning, so it comes first on the event page (issue #14.7).
 */
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
  const e = t.admin.event;
  return (
    <section aria-labelledby="join-heading" className="admin-section">
      <h2 id="join-heading">{e.joinHeading}</h2>
      {joinCode ? (
        <p className="admin-current-code">
          {e.currentCode} <strong className="admin-code">{joinCode}</strong>
        </p>
      ) : (
        <p>{e.noCode}</p>
      )}
      {joinCode && tracks.length > 0 && (
        <>
          <h3>{e.joinLinksHeading}</h3>
          <p className="hint">{e.joinLinksHint}</p>
          <ul className="admin-link-list join-qr-list">
            {tracks.map(
              (track) =>
                track.joinUrl && (
                  <li key={track.id}>
                    <strong>{track.title}</strong>
                    <a href={track.joinUrl} className="admin-join-link">
                      {readableLink(track.joinUrl)}
                    </a>
                    <CopyLinkButton link={track.joinUrl} label={t.admin.forItem(track.title)} />
                    <JoinQrCode
                      eventSlug={eventSlug}
                      trackSlug={track.slug}
                      joinUrl={track.joinUrl}
                      trackTitle={track.title}
                    />
                    <HandoutLink href={`/events/${eventSlug}/tracks/${track.slug}/handout.pdf`}>
                      {t.qr.trackHandout}
                      <span className="visually-hidden">{t.admin.forItem(track.title)}</span>
                    </HandoutLink>
                  </li>
                ),
            )}
          </ul>
          <p>
            <HandoutLink href={`/events/${eventSlug}/handout.pdf`}>{t.qr.eventHandout}</HandoutLink>
          </p>
        </>
      )}
      <Form method="post" className="stacked-form">
        <input type="hidden" name="intent" value="rotate-join-code" />
        <FormError message={errors?.formError} />
        <p id="rotate-hint">{e.rotateHint}</p>
        <ConfirmButton question={e.rotateConfirm} aria-describedby="rotate-hint">
          {e.rotateCode}
        </ConfirmButton>
      </Form>
    </section>
  );
}

/** A handout opens in a tab of its own: printing it must not take the admin page away. */
function HandoutLink({ href, children }: { href: string; children: React.ReactNode }) {
  const t = useMessages().admin.event;
  return (
    <a href={href} target="_blank" rel="noopener">
      {children} <span className="hint">{t.opensInNewTab}</span>
    </a>
  );
}
