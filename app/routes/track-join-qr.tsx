/**
 * `GET /events/:eventSlug/tracks/:trackSlug/join-qr.svg`: the QR code of the track's join link, as SVG
 * (server/qr/join-qr.ts). Who may see it is decided by `maySeeJoinQr`. Never cached (no-store, as every
 * answer of the app): after the join code is rotated, the next request must show the new one.
 */
export { loadTrackJoinQr as loader } from "./track-join-qr.server";
