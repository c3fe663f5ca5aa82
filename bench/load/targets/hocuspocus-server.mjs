/**
 * Starts @hocuspocus/server@3.4.4 as its documentation shows it, for the load benchmark: in memory, or
 * with the SQLite extension when HOCUSPOCUS_SQLITE names a database file. It listens on a free port of
 * 127.0.0.1 and prints "listening on port <n>" for the benchmark process.
 */
import { Server, SQLite } from "../../reference/hocuspocus-server.mjs";

const databaseFile = process.env.HOCUSPOCUS_SQLITE;

const server = new Server({
  port: 0,
  address: "127.0.0.1",
  // No start screen: the benchmark reads the port from the line below.
  quiet: true,
  extensions: databaseFile ? [new SQLite({ database: databaseFile })] : [],
});

await server.listen();
console.log(`listening on port ${server.address.port}`);
