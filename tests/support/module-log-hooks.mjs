// The hooks of module-log.mjs; they run on Node's loader thread.
import { appendFileSync } from "node:fs";

const LOG = process.env.FAHRPLAN_MODULE_LOG;

export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context);
  if (LOG) appendFileSync(LOG, `${resolved.url}\n`);
  return resolved;
}
