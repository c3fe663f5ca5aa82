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

/** Asks the worker to keep this page (it keeps only track pages) and what the browser loaded for it. */
export function rememberThisPage(): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  void registration().then((ready) =>
    ready?.active?.postMessage({ type: "remember", page: location.href, assets: loadedAssets() }),
  );
}

/** The scripts and styles of this page, as the browser loaded them. */
function loadedAssets(): string[] {
  const scripts = [...document.querySelectorAll<HTMLScriptElement>("script[src]")].map((script) => script.src);
  const links = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"], link[rel="modulepreload"]')];
  const loaded = performance.getEntriesByType("resource").map((entry) => entry.name);
  return [...new Set([...scripts, ...links.map((link) => link.href), ...loaded])];
}

/**
 * Deletes the kept pages: they show one person's view. Called with the local copies whenever the session
 * ends in this browser. The assets stay: they are the same for everyone.
 */
export async function forgetOfflinePages(): Promise<void> {
  if (typeof caches === "undefined") return;
  await caches.delete(PAGES);
}
