/**
 * `GET /events/:eventSlug/tracks/:trackSlug/handout.pdf`: the one-page handout of a track to lay out on
 * the tables (server/qr/handout-pdf.ts), for its moderators and admins.
 */
export { loadTrackHandout as loader } from "./track-handout.server";
