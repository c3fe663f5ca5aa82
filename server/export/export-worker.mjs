// The entry of an export worker thread. Worker threads start without the parent's TypeScript loader
// (under vitest there is none to inherit), so the worker registers tsx itself, then loads the renderer.
import { register } from "tsx/esm/api";

register();
await import("./export-worker-main.ts");
