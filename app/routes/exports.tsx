/**
 * `POST /exports` starts an export and answers 202 with where to follow it. Published versions may be
 * exported by anyone (they are public); the draft only by the event's moderators. Organisations of
 * contributors are included only when a moderator asks for them.
 */
export { performExportsAction as action } from "./exports.server";
