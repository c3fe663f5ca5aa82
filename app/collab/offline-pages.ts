/**
 * The page's side of the service worker (public/sw.js, issue #14.9): registers it, and asks it to keep the
 * page shown and the assets loaded so far. A page reached by a client-side navigation, or loaded before
 * the worker ran, never passed through the worker's fetch handler: it is kept this way. Only built apps
 * register the worker: in development Vite serves modules that change with every edit.
 */
const PAGES = "fahrplan-pages-v1";

let registered: Promise<ServiceWorkerRegistration | null> | null = null;

function registration(): Promise<ServiceWorkerRegistration | null> {
  registered ??= navigator.serviceWorker
    .register("/sw.js", { scope: "/" })
    .then(() => navigator.serviceWorker.ready)
    // No worker (a private window, a browser setting): the page works, only not offline after a reload.
    .catch(() => null);
  return registered;
}

/** Whose pages are kept (a principal's key, no name), so that another person's are never shown offline. */
const OWNER = "fahrplan-offline-owner";

/**
 * Asks the worker to keep this page (it keeps only track pages) and what the browser loaded for it. When
 * someone else is signed in now than when pages were kept (joined in the same browser without logging
 * out), the kept pages are deleted first.
 */
export function rememberThisPage(owner: string): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  void (async () => {
    if (keptFor() !== owner) {
      await forgetOfflinePages();
      keepFor(owner);
    }
    const ready = await registration();
    ready?.active?.postMessage({ type: "remember", page: location.href, assets: loadedAssets() });
  })();
}

function keptFor(): string | null {
  try {
    return localStorage.getItem(OWNER);
  } catch {
    return null; // storage switched off: the pages are deleted and kept afresh each time
  }
}

function keepFor(owner: string | null): void {
  try {
    if (owner === null) localStorage.removeItem(OWNER);
    else localStorage.setItem(OWNER, owner);
  } catch {
    // storage switched off: nothing to remember
  }
}

/** What React Router's build tells the page about every route's modules (window.__reactRouterManifest). */
interface BuildManifest {
  entry: { module: string; imports: string[] };
  routes: Record<string, { module: string; imports?: string[]; css?: string[] }>;
}

/**
 * The app's scripts and styles: all that the browser loaded so far (fonts included), and every route's
 * modules from the build's manifest. Not only this page's: a panel's resource route (votes, private
 * writing) is loaded when the panel first fetches, and a page reloaded offline that misses it reloads
 * itself for ever.
 */
function loadedAssets(): string[] {
  const loaded = performance.getEntriesByType("resource").map((entry) => entry.name);
  const manifest = (window as { __reactRouterManifest?: BuildManifest }).__reactRouterManifest;
  const fromBuild = manifest
    ? [
        manifest.entry.module,
        ...manifest.entry.imports,
        ...Object.values(manifest.routes).flatMap((route) => [
          route.module,
          ...(route.imports ?? []),
          ...(route.css ?? []),
        ]),
      ]
    : [];
  return [...new Set([...loaded, ...fromBuild].map((url) => new URL(url, location.origin).href))];
}

/**
 * Deletes the kept pages: they show one person's view. Called with the local copies whenever the session
 * ends in this browser. The assets stay: they are the same for everyone.
 */
export async function forgetOfflinePages(): Promise<void> {
  keepFor(null);
  if (typeof caches === "undefined") return;
  await caches.delete(PAGES);
}
