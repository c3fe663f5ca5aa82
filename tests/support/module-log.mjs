// Loaded with `--import` into a server under test: registers resolve hooks that note every module the
// process (and each of its worker threads) loads, one URL per line, in the file FAHRPLAN_MODULE_LOG names.
// tests/integration/compiled-server.test.ts reads it to show that production loads no TypeScript.
import { register } from "node:module";

register("./module-log-hooks.mjs", import.meta.url);
