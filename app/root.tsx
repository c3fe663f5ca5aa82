import { isRouteErrorResponse, Links, Meta, Outlet, Scripts, ScrollRestoration } from "react-router";
import type { Route } from "./+types/root";
import "./app.css";
import { de, useMessages } from "./i18n/messages";

export function Layout({ children }: { children: React.ReactNode }) {
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
        {children}
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  const t = useMessages();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <main id="inhalt" className="page">
      <h1>{t.errors.title}</h1>
      <p>{notFound ? t.errors.notFound : t.errors.generic}</p>
      <p>
        <a href="/">{t.errors.backHome}</a>
      </p>
    </main>
  );
}
