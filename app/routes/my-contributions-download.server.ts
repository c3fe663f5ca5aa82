// What the loader of my-contributions-download.tsx does, in a .server module so that none of the
// server's values reach the browser bundle (decision 016).
import { data } from "react-router";
import { ownData, ownDataAsMarkdown } from "../../server/privacy/own-contributions";
import { requirePrincipal } from "../auth/guards.server";
import { messagesFor } from "../i18n/locale.server";
import type { Route } from "./+types/my-contributions-download";

export function loadMyContributionsDownload({ context, request }: Route.LoaderArgs) {
  const principal = requirePrincipal(context, request);
  if (principal.kind !== "participant") throw data(null, { status: 403 });
  const format = new URL(request.url).searchParams.get("format");
  const own = ownData(context.db, principal);
  const headers = { "Cache-Control": "no-store" };
  if (format === "json") {
    return new Response(`${JSON.stringify(own, null, 2)}\n`, {
      headers: {
        ...headers,
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": 'attachment; filename="meine-beitraege.json"',
      },
    });
  }
  if (format === "md") {
    // Headings in the visitor's language; the contributions as they were written.
    const t = messagesFor(request).legal.myContributions;
    const text = ownDataAsMarkdown(own, { title: t.title, kinds: t.kinds });
    return new Response(text, {
      headers: {
        ...headers,
        "Content-Type": "text/markdown; charset=utf-8",
        "Content-Disposition": 'attachment; filename="meine-beitraege.md"',
      },
    });
  }
  throw data(messagesFor(request).legal.myContributions.unknownFormat, { status: 400 });
}
