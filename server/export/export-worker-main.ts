import { parentPort, workerData } from "node:worker_threads";
import type { ExportFormat, ExportInput } from "./export-input";
import { render } from "./render";

/**
 * One export, in a worker thread of its own: rendering a long PDF takes seconds of CPU, which must not
 * stall the server's event loop (typing would stall with it). Posts progress, then the file or an error.
 */
const { format, input } = workerData as { format: ExportFormat; input: ExportInput };

render(format, input, (fraction) => parentPort?.postMessage({ type: "progress", fraction })).then(
  (file) => parentPort?.postMessage({ type: "done", file }, [file.buffer as ArrayBuffer]),
  (error: unknown) => parentPort?.postMessage({ type: "failed", message: String(error) }),
);
