/**
 * `GET /events/:eventSlug/handout.pdf`: the handouts of all the event's tracks in one file, a page each,
 * for the admins and moderators of the whole event who print them for the tables.
 */
export { loadEventHandout as loader } from "./event-handout.server";
