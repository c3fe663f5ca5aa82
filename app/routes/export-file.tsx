import { exportOwner } from "../../server/export/export-owner";
import type { Route } from "./+types/export-file";

/** `GET /exports/:jobId/file`: the finished file, as a download. */
export function loader({ params, context }: Route.LoaderArgs) {
  const { exports } = context.services;
  const job = exports.find(params.jobId, exportOwner(context));
  if (!job?.file) return new Response("Diese Datei gibt es nicht (mehr).", { status: 404 });
  return new Response(new Uint8Array(job.file), {
    headers: {
      "Content-Type": exports.mediaType(job),
      "Content-Disposition": `attachment; filename="${job.fileName}"`,
      "Content-Length": String(job.file.length),
    },
  });
}
