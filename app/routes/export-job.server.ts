// What the loader of export-job.tsx does, in a .server module so that none of the
// server's values reach the browser bundle (decision 016).
import { exportOwner } from "../../server/export/export-owner";
import { messagesFor } from "../i18n/locale.server";
import type { Route } from "./+types/export-job";

export function loadExportJob({ params, context, request }: Route.LoaderArgs) {
  const job = context.services.exports.find(params.jobId, exportOwner(context));
  if (!job) return Response.json({ error: messagesFor(request).export.notFound }, { status: 404 });
  return Response.json({ status: job.status, progress: job.progress, error: job.error });
}
