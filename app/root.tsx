import {
  Form,
  isRouteErrorResponse,
  Link,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useRouteLoaderData,
} from "react-router";
import { isAdmin } from "../server/auth/principal";
import type { Route } from "./+types/root";
import "./app.css";
import { de, useMessages } from "./i18n/messages";

/** Who is looking, for the navigation; and the request's CSP nonce and id. */
export function loader({ context }: Route.LoaderArgs) {
  const principal = context.principal;
  return {
    cspNonce: context.cspNonce,
    requestId: context.requestId,
    viewer: principal
      ? {
          kind: principal.kind,
          name: principal.kind === "observer" ? null : principal.displayName,
          isAdmin: isAdmin(principal),
          isAccount: principal.kind === "account",
        }
      : null,
  };
}

export function Layout({ children }: { children: React.ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  return (
    <html lang="de">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <a className="skip-link" href="#inhalt">
          {de.skipToContent}
        </a>
        <SiteHeader viewer={data?.viewer ?? null} />
        {children}
        <ScrollRestoration nonce={data?.cspNonce} />
        <Scripts nonce={data?.cspNonce} />
      </body>
    </html>
  );
}

type Viewer = ReturnType<typeof loader>["viewer"];

function SiteHeader({ viewer }: { viewer: Viewer }) {
  const t = useMessages();
  return (
    <header className="site-header">
      <Link to="/" className="site-name">
        {t.appName}
      </Link>
      <nav aria-label={t.nav.label}>
        <ul>
          {viewer?.isAccount && (
            <li>
              <Link to="/moderation">{t.nav.moderation}</Link>
            </li>
          )}
          {viewer?.isAdmin && (
            <li>
              <Link to="/admin">{t.nav.admin}</Link>
            </li>
          )}
          {!viewer && (
            <>
              <li>
                <Link to="/join">{t.nav.join}</Link>
              </li>
              <li>
                <Link to="/login">{t.nav.login}</Link>
              </li>
            </>
          )}
          {viewer && (
            <li className="viewer">
              <span>{viewer.name ? t.nav.signedInAs(viewer.name) : t.nav.observer}</span>
              <Form method="post" action="/logout">
                <button type="submit" className="link-button">
                  {t.nav.logout}
                </button>
              </Form>
            </li>
          )}
        </ul>
      </nav>
    </header>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  const t = useMessages();
  const data = useRouteLoaderData<typeof loader>("root");
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const message = status === 404 ? t.errors.notFound : status === 403 ? t.errors.forbidden : t.errors.generic;
  return (
    <main id="inhalt" className="page">
      <h1>{t.errors.title}</h1>
      <p>{message}</p>
      {status >= 500 && data?.requestId && <p className="hint">{t.errors.errorId(data.requestId)}</p>}
      <p>
        <Link to="/">{t.errors.backHome}</Link>
      </p>
    </main>
  );
}
