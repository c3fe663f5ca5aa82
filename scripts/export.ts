/**
 * `npm run export -- --format pdf|docx|md|json --out FILE [--event ID] [--version N] [--draft]
 * [--include-organisations]` – exports the Fahrplan of an event from the configured database
 * (DATABASE_PATH). The event defaults to the only one, or the latest; the version to the latest published
 * one. It renders exactly what the download renders.
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { desc } from "drizzle-orm";
import { openDatabase } from "../db/client";
import { events } from "../db/schema";
import { InvalidEnvError, parseEnv } from "../server/env";
import { EXPORT_FORMATS, type ExportFormat } from "../server/export/export-input";
import { exportInput } from "../server/export/export-source";
import { render } from "../server/export/render";

const USAGE = "npm run export -- --format pdf|docx|md|json --out FILE [--event ID] [--version N] [--draft]";

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      format: { type: "string" },
      out: { type: "string" },
      event: { type: "string" },
      version: { type: "string" },
      draft: { type: "boolean", default: false },
      "include-organisations": { type: "boolean", default: false },
    },
  });
  const format = values.format as ExportFormat | undefined;
  if (!format || !EXPORT_FORMATS.includes(format) || !values.out) {
    console.error(`Aufruf (usage): ${USAGE}`);
    return 2;
  }
  const env = parseEnv(process.env);
  const db = openDatabase(env.DATABASE_PATH);
  try {
    const event = values.event
      ? db
          .select()
          .from(events)
          .all()
          .find((each) => each.id === values.event || each.slug === values.event)
      : db.select().from(events).orderBy(desc(events.startsOn)).get();
    if (!event) {
      console.error("Keine solche Veranstaltung (no such event).");
      return 1;
    }
    const input = exportInput(db, event.id, {
      draft: values.draft,
      version: values.version ? Number(values.version) : undefined,
      includeOrganisations: values["include-organisations"],
    });
    if (!input) {
      console.error("Diese Fassung gibt es nicht; mit --draft wird der Entwurf exportiert (no such version).");
      return 1;
    }
    const file = await render(format, input, () => {});
    writeFileSync(values.out, file);
    console.log(`${values.out}: ${input.versionLabel}, ${file.length} Bytes`);
    return 0;
  } finally {
    db.$client.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof InvalidEnvError ? error.message : error);
    process.exitCode = 1;
  },
);
