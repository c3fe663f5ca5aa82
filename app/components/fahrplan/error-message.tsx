import { isRouteErrorResponse, Link, useRouteError, useRouteLoaderData } from "react-router";
import { deFahrplan } from "../../i18n/de-fahrplan";
import { de } from "../../i18n/messages";
import type { loader as rootLoader } from "../../root";

/**
 * The error page of the Fahrplan routes: the German message the loader gave with its 404 or 400 (such as
 * "Es gibt noch keine veröffentlichte Fassung."), else the app's usual texts, as on every other page.
 */
export function FahrplanErrorBoundary() {
  const error = useRouteError();
  const root = useRouteLoaderData<typeof rootLoader>("root");
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const given = isRouteErrorResponse(error) ? messageOf(error.data) : null;
  const fallback = status === 404 ? de.errors.notFound : status === 403 ? de.errors.forbidden : de.errors.generic;
  return (
    <main id="inhalt" className="page">
      <h1>{given ? deFahrplan.errorTitle : de.errors.title}</h1>
      <p role="alert">{given ?? fallback}</p>
      {status >= 500 && root?.requestId && <p className="hint">{de.errors.errorId(root.requestId)}</p>}
      <p>
        <Link to="/">{de.errors.backHome}</Link>
      </p>
    </main>
  );
}

function messageOf(body: unknown): string | null {
  if (typeof body !== "object" || body === null || !("message" in body)) return null;
  return typeof body.message === "string" ? body.message : null;
}
