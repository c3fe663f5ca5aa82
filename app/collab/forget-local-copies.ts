import { useEffect } from "react";
import { clearLocalCopies } from "./local-copy";
import { forgetOfflinePages } from "./offline-pages";

/**
 * Deletes this browser's local copies (ADR 013) and kept pages (offline-pages.ts) whenever a page is shown without a session: after logging
 * out (the fallback to the logout button's own clearing, which a closed tab can cut short), and after a
 * session ended in any other way. A copy belongs to one identity; once that identity is gone from this
 * browser, nobody may read it here, and nobody can send it any more.
 */
export function useForgetLocalCopiesWhenSignedOut(signedOut: boolean): void {
  useEffect(() => {
    if (signedOut) void forgetEverything();
  }, [signedOut]);
}

/** For the logout form: starts deleting the local copies while the logout request is on its way. */
export function forgetLocalCopiesOnLogout(): void {
  void forgetEverything();
}

/** The local copies of the documents, and the pages the service worker kept for reloading offline. */
function forgetEverything(): Promise<unknown> {
  return Promise.all([clearLocalCopies(), forgetOfflinePages()]);
}
