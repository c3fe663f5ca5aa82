// What the action of exports.tsx does, in a .server module so that none of the
// server's values reach the browser bundle (decision 016).
import { findEvent } from "../../db/queries/administration";
import { moderatesInEvent } from "../../server/auth/principal";
import { exportOwner } from "../../server/export/export-owner";
import { exportInput } from "../../server/export/export-source";
import { exportFileName } from "../../server/export/file-name";
import { startExportSchema } from "../forms/export-schemas";
import { parseForm } from "../forms/parse-form.server";
import { messagesFor } from "../i18n/locale.server";
import type { Route } from "./+types/exports";

export async function performExportsAction({ request, context }: Route.ActionArgs) {
  // The answers' texts are shown by the export panel, in the visitor's language.
  const t = messagesFor(request);
  const form = await parseForm(request, startExportSchema);
  if (!form.ok) return Response.json({ error: t.forms.invalid }, { status: 400 });
  const { eventId, format, draft, version, includeOrganisations } = form.data;
  const event = findEvent(context.db, eventId);
  if (!event) return Response.json({ error: t.fahrplan.public.noEvent }, { status: 404 });
  const moderator = moderatesInEvent(context.principal, event.id);
  if (draft && !moderator) return Response.json({ error: t.errors.forbidden }, { status: 403 });
  const input = exportInput(context.db, event.id, {
    draft: draft === "1",
    version,
    includeOrganisations: moderator && includeOrganisations === "1",
  });
  if (!input) return Response.json({ error: t.fahrplan.public.noSuchVersion }, { status: 404 });
  const owner = exportOwner(context);
  const job = context.services.exports.start(owner, format, input, exportFileName(event.slug, input, format));
  return Response.json(
    { jobId: job.id, statusUrl: `/exports/${job.id}`, fileUrl: `/exports/${job.id}/file` },
    { status: 202 },
  );
}
