import { useEffect } from "react";
import {
  Form,
  isRouteErrorResponse,
  Link,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLocation,
  useMatches,
  useRouteLoaderData,
} from "react-router";
import type { Route } from "./+types/root";
import { forgetLocalCopiesOnLogout, useForgetLocalCopiesWhenSignedOut } from "./collab/forget-local-copies";
import { rememberThisPage } from "./collab/offline-pages";
import { useFocusOnNavigation } from "./components/focus-on-navigation";
import "./app.css";
import "./editor.css";
import { LanguageSwitch } from "./components/language-switch";
import { DEFAULT_LOCALE, LocaleContext } from "./i18n/locale";
import { messagesOf, useMessages } from "./i18n/messages";

import type { loadRoot } from "./root.server";

/** Who is looking, for the navigation; the language they chose; and the request's CSP nonce and id. */
export { loadRoot as loader } from "./root.server";

export function Layout({ children }: { children: React.ReactNode }) {
  const data = useRouteLoaderData<typeof loadRoot>("root");
  // Only when the root's data says so: an error page without that data says nothing about the session.
  useForgetLocalCopiesWhenSignedOut(data !== undefined && data.viewer === null);
  // Signed in: a track page that was open once can be reloaded offline (issue #14.9).
  const owner = data?.viewer?.owner ?? null;
  const { pathname } = useLocation();
  useEffect(() => {
    if (owner && pathname) rememberThisPage(owner);
  }, [owner, pathname]);
  // Without the root's data (an error before it loaded) the page is German, the default.
  const locale = data?.locale ?? DEFAULT_LOCALE;
  const presenting = usePresenterRoute();
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {/* Declared, so that browsers do not ask for /favicon.ico (which would answer 404). */}
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <Meta />
        <Links />
      </head>
      <body>
        <LocaleContext.Provider value={locale}>
          <a className="skip-link" href="#inhalt">
            {messagesOf(locale).skipToContent}
          </a>
          {!presenting && <SiteHeader viewer={data?.viewer ?? null} />}
          {children}
          {!presenting && <SiteFooter isParticipant={data?.viewer?.kind === "participant"} />}
          <ScrollRestoration nonce={data?.cspNonce} />
          <Scripts nonce={data?.cspNonce} />
        </LocaleContext.Provider>
      </body>
    </html>
  );
}

/**
 * Whether the page is a presenter view (the projector, `handle.presenter`): a wall in a room, where the
 * site's navigation, the login state and the footer would only take the room's space and attention.
 */
function usePresenterRoute(): boolean {
  return useMatches().some((match) => (match.handle as { presenter?: boolean } | undefined)?.presenter === true);
}

type Viewer = ReturnType<typeof loadRoot>["viewer"];

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
              <Form method="post" action="/logout" onSubmit={forgetLocalCopiesOnLogout}>
                <button type="submit" className="link-button">
                  {t.nav.logout}
                </button>
              </Form>
            </li>
          )}
        </ul>
      </nav>
      <LanguageSwitch />
    </header>
  );
}

function SiteFooter({ isParticipant }: { isParticipant: boolean }) {
  const t = useMessages().legal.footer;
  return (
    <footer className="site-footer">
      <nav aria-label={t.label}>
        <ul>
          {isParticipant && (
            <li>
              <Link to="/meine-beitraege">{t.myContributions}</Link>
            </li>
          )}
          <li>
            <Link to="/datenschutz">{t.privacy}</Link>
          </li>
          <li>
            <Link to="/barrierefreiheit">{t.accessibility}</Link>
          </li>
        </ul>
      </nav>
    </footer>
  );
}

export default function App() {
  useFocusOnNavigation();
  return <Outlet />;
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  const t = useMessages();
  const data = useRouteLoaderData<typeof loadRoot>("root");
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const message = status === 404 ? t.errors.notFound : status === 403 ? t.errors.forbidden : t.errors.generic;
  return (
    <main id="inhalt" className="page">
      {/* An error page has no route meta; React puts the title into the head. */}
      <title>{`${t.errors.title} – ${t.appName}`}</title>
      <h1>{t.errors.title}</h1>
      <p>{message}</p>
      {status >= 500 && data?.requestId && <p className="hint">{t.errors.errorId(data.requestId)}</p>}
      <p>
        <Link to="/">{t.errors.backHome}</Link>
      </p>
    </main>
  );
}
