import { index, prefix, type RouteConfig, route } from "@react-router/dev/routes";

/** Every URL of the app, in one list. */
export default [
  index("routes/home.tsx"),
  route("join", "routes/join.tsx"),
  route("login", "routes/login.tsx"),
  route("logout", "routes/logout.tsx"),
  route("observe/:token", "routes/observe.tsx"),
  route("events/:eventSlug/tracks/:trackSlug", "routes/track.tsx"),
  route("events/:eventSlug/tracks/:trackSlug/votes", "routes/track-votes.tsx"),
  route("moderation", "routes/moderation.tsx"),
  route("moderation/search", "routes/moderation-search.tsx"),
  route("moderation/board", "routes/moderation-board.tsx"),
  route("moderation/fahrplan", "routes/moderation-fahrplan.tsx"),
  route("moderation/fahrplan/compare", "routes/moderation-fahrplan-compare.tsx"),
  route("fahrplan/:eventSlug", "routes/public-fahrplan.tsx"),
  route("exports", "routes/exports.tsx"),
  route("exports/:jobId", "routes/export-job.tsx"),
  route("exports/:jobId/file", "routes/export-file.tsx"),
  ...prefix("admin", [
    index("routes/admin/index.tsx"),
    route("events/:eventId", "routes/admin/event.tsx"),
    route("events/:eventId/participants", "routes/admin/participants.tsx"),
    route("moderators", "routes/admin/moderators.tsx"),
    route("audit", "routes/admin/audit.tsx"),
  ]),
] satisfies RouteConfig;
