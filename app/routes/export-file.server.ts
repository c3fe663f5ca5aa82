// What the loader of export-file.tsx does, in a .server module so that none of the
// server's values reach the browser bundle (decision 016).
import { exportOwner } from "../../server/export/export-owner";
import type { Route } from "./+types/export-file";

export function loadExportFile({ params, context }: Route.LoaderArgs) {
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
