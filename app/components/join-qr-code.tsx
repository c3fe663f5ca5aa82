import { formatJoinCode } from "../../shared/join-code";
import { useMessages } from "../i18n/messages";
import "../join-qr.css";

/**
 * The QR code of a track's join link (served as SVG by routes/track-join-qr.tsx), with the join address
 * and the code written out in large type below it, for people who would rather type than scan.
 *
 * The image URL carries the code as a version: when the code is rotated, the URL changes and the browser
 * fetches the new image instead of keeping the old one on screen (the route ignores the parameter).
 */
export function JoinQrCode({
  eventSlug,
  trackSlug,
  joinUrl,
  trackTitle,
}: {
  eventSlug: string;
  trackSlug: string;
  /** The track's join link as built by server/qr/join-link.ts (it carries the code). */
  joinUrl: string;
  /** Names the image for screen readers; without it the alternative text says "this workshop". */
  trackTitle?: string;
}) {
  const t = useMessages();
  const link = new URL(joinUrl);
  const code = link.searchParams.get("code") ?? "";
  const trackPath = `/events/${encodeURIComponent(eventSlug)}/tracks/${encodeURIComponent(trackSlug)}`;
  const src = `${trackPath}/join-qr.svg?v=${encodeURIComponent(code)}`;
  return (
    <figure className="join-qr">
      <img className="join-qr-image" src={src} alt={t.qr.imageAlt(trackTitle ?? null)} width={264} height={264} />
      <figcaption>
        <p className="join-qr-hint">{t.qr.scanHint}</p>
        <p className="join-qr-address">{`${link.origin}/join`}</p>
        <p className="join-qr-code">
          {t.qr.code}: <strong>{formatJoinCode(code)}</strong>
        </p>
      </figcaption>
    </figure>
  );
}
