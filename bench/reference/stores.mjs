/**
 * The reference servers' storage, to prepare stored documents before a cold-load run (in the benchmark
 * process, before the server starts). The SQLite statements are the extension's own, so the layout
 * cannot drift from what the server reads.
 */
export { schema as hocuspocusSqliteSchema, upsertQuery as hocuspocusSqliteUpsert } from "@hocuspocus/extension-sqlite";
export { LeveldbPersistence } from "y-leveldb";
