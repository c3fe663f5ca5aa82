import { exportOwner } from "../../server/export/export-owner";
import { messagesFor } from "../i18n/locale.server";
import type { Route } from "./+types/export-job";

/** `GET /exports/:jobId`: the progress of an export the caller started. */
export function loader({ params, context, request }: Route.LoaderArgs) {
  const job = context.services.exports.find(params.jobId, exportOwner(context));
  if (!job) return Response.json({ error: messagesFor(request).export.notFound }, { status: 404 });
  return Response.json({ status: job.status, progress: job.progress, error: job.error });
}
