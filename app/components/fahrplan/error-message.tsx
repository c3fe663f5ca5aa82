import { isRouteErrorResponse, Link, useRouteError, useRouteLoaderData } from "react-router";
import { useMessages } from "../../i18n/messages";
import type { loader as rootLoader } from "../../root";

/**
 * The error page of the Fahrplan routes: the message the loader gave with its 404 or 400 (such as
 * "Es gibt noch keine veröffentlichte Fassung.", in the visitor's language), else the app's usual texts.
 */
export function FahrplanErrorBoundary() {
  const t = useMessages();
  const error = useRouteError();
  const root = useRouteLoaderData<typeof rootLoader>("root");
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const given = isRouteErrorResponse(error) ? messageOf(error.data) : null;
  const fallback = status === 404 ? t.errors.notFound : status === 403 ? t.errors.forbidden : t.errors.generic;
  return (
    <main id="inhalt" className="page">
      <h1>{given ? t.fahrplan.errorTitle : t.errors.title}</h1>
      <p role="alert">{given ?? fallback}</p>
      {status >= 500 && root?.requestId && <p className="hint">{t.errors.errorId(root.requestId)}</p>}
      <p>
        <Link to="/">{t.errors.backHome}</Link>
      </p>
    </main>
  );
}

function messageOf(body: unknown): string | null {
  if (typeof body !== "object" || body === null || !("message" in body)) return null;
  return typeof body.message === "string" ? body.message : null;
}
