import type { Config } from "@react-router/dev/config";

export default {
  appDirectory: "app",
  ssr: true,
  // The whole route manifest comes with the first page. Panels load routes no link points to (the votes
  // route on a push): with lazy discovery such a load could be matched to the catch-all route before the
  // votes route was discovered, and its 404 replaced the track page by the error page (issue #14).
  routeDiscovery: { mode: "initial" },
  // Opt in to React Router 8's behaviour now, so the upgrade is a version bump. Except:
  // - middleware: its context keys must be the very same object in the server process and in the built
  //   bundle, which two module instances (tsx and the build) cannot share; a plain load context has no trap;
  // - pass-through requests: loaders would see `/page.data?_routes=…` URLs on client navigations, and every
  //   "back to where you were" link built from request.url would have to strip them.
  future: {
    v8_middleware: false,
    v8_splitRouteModules: true,
    v8_viteEnvironmentApi: true,
    v8_passThroughRequests: false,
    v8_trailingSlashAwareDataRequests: true,
  },
} satisfies Config;
