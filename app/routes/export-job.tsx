/** `GET /exports/:jobId`: the progress of an export the caller started. */
export { loadExportJob as loader } from "./export-job.server";
