/** `GET /meine-beitraege/download?format=json|md`: the participant's own contributions as a file. */
export { loadMyContributionsDownload as loader } from "./my-contributions-download.server";
