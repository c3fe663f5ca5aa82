/*
 * Fahrplan's service worker (issue #14.9, ADR 019): a track page that was open once can be reloaded
 * without a network, so that a participant keeps writing into the local copy of the document (IndexedDB,
 * ADR 013) after the laptop's lid or the browser was closed in a dead hall Wi-Fi.
 *
 * - Track pages (`/events/…/tracks/…`, nothing below them) are fetched from the network first; each answer
 *   is kept, and served only when the network does not answer. They are a person's private pages: the
 *   app deletes this cache when someone logs out or the session ends (app/collab/offline-pages.ts).
 * - The build's assets (`/assets/…`, named by their content hash; the page names every route's, from the
 *   build's manifest) and the site icon are served from the cache once kept.
 * - Everything else goes to the network untouched: data requests, the collaboration socket, exports.
 *
 * Plain JavaScript, served as it is from /sw.js: it must be at the root to control the whole site.
 */

const PAGES = "fahrplan-pages-v1";
const ASSETS = "fahrplan-assets-v1";
const TRACK_PAGE = /^\/events\/[^/]+\/tracks\/[^/]+\/?$/;

self.addEventListener("install", () => self.skipWaiting());

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name !== PAGES && name !== ASSETS) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

/** A page asks to keep what it was loaded with before this worker controlled it (its first visit). */
self.addEventListener("message", (event) => {
  const { type, page, assets } = event.data ?? {};
  if (type !== "remember") return;
  event.waitUntil(
    Promise.all([
      isTrackPage(page) ? keepPage(new Request(page, { credentials: "same-origin" })) : null,
      keepAssets((assets ?? []).filter(isAsset)),
    ]),
  );
});

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET") return;
  if (request.mode === "navigate" && isTrackPage(request.url)) event.respondWith(pageFromNetworkFirst(request));
  else if (isAsset(request.url)) event.respondWith(assetFromCacheFirst(request));
});

function sameOrigin(url) {
  try {
    return new URL(url).origin === self.location.origin;
  } catch {
    return false;
  }
}

function isTrackPage(url) {
  return typeof url === "string" && sameOrigin(url) && TRACK_PAGE.test(new URL(url).pathname);
}

function isAsset(url) {
  if (typeof url !== "string" || !sameOrigin(url)) return false;
  const { pathname } = new URL(url);
  return pathname.startsWith("/assets/") || pathname === "/favicon.svg";
}

/** Pages are kept by their path: the same page with another query is the same page offline. */
function pageKey(url) {
  return new URL(url).pathname;
}

async function keepPage(request) {
  const response = await fetch(request).catch(() => null);
  if (response?.ok && !response.redirected) await (await caches.open(PAGES)).put(pageKey(request.url), response);
}

async function keepAssets(urls) {
  const cache = await caches.open(ASSETS);
  await Promise.all(urls.map(async (url) => (await cache.match(url)) ?? cache.add(url).catch(() => null)));
}

async function pageFromNetworkFirst(request) {
  try {
    const response = await fetch(request);
    // Only the person's own page as it is: not a redirect to /join after the session ended.
    if (response.ok && !response.redirected) {
      const copy = response.clone();
      void caches.open(PAGES).then((cache) => cache.put(pageKey(request.url), copy));
    }
    return response;
  } catch (error) {
    const kept = await (await caches.open(PAGES)).match(pageKey(request.url));
    if (kept) return kept;
    throw error;
  }
}

async function assetFromCacheFirst(request) {
  const cache = await caches.open(ASSETS);
  const kept = await cache.match(request);
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) void cache.put(request, response.clone());
  return response;
}
