/** `GET /exports/:jobId/file`: the finished file, as a download. */
export { loadExportFile as loader } from "./export-file.server";
