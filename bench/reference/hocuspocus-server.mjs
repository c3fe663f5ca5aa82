/**
 * @hocuspocus/server and its SQLite extension, for the launcher in bench/load/targets. Imported as ES
 * modules for the same reason as client-side.mjs; nothing else is loaded, so the server's memory is its own.
 */
export { SQLite } from "@hocuspocus/extension-sqlite";
export { Server } from "@hocuspocus/server";
