import { index, type RouteConfig, route } from "@react-router/dev/routes";

/** Every URL of the app, in one list. */
export default [
  index("routes/home.tsx"),
  route("events/:eventSlug/tracks/:trackSlug", "routes/track.tsx"),
] satisfies RouteConfig;
