import { readFileSync } from "node:fs";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";

/**
 * The phase replaced the `locked` flag (ADR 008): a track that was locked before the upgrade must come out
 * of the migrations closed, and an open one in the collect phase. The migrations are applied in order to a
 * database that has locked and open tracks, as an installation from before issue #8 would.
 */

const MIGRATIONS = new URL("../../db/migrations/", import.meta.url);

function migrationTags(): string[] {
  const journal = JSON.parse(readFileSync(new URL("meta/_journal.json", MIGRATIONS), "utf8")) as {
    entries: { tag: string }[];
  };
  return journal.entries.map((entry) => entry.tag);
}

function apply(sqlite: Database.Database, tag: string): void {
  const sql = readFileSync(new URL(`${tag}.sql`, MIGRATIONS), "utf8");
  for (const statement of sql.split("--> statement-breakpoint")) {
    if (statement.trim()) sqlite.exec(statement);
  }
}

describe("migrating locked tracks to phases", () => {
  it("makes a locked track closed and leaves an open one collecting; the flag is gone", () => {
    const sqlite = new Database(":memory:");
    const tags = migrationTags();
    const phases = tags.indexOf("0007_workshop_phases");
    expect(phases).toBeGreaterThan(0);
    for (const tag of tags.slice(0, phases)) apply(sqlite, tag);
    sqlite.exec(`insert into events (id, slug, title, starts_on, venue, created_at)
      values ('e', 'kongress', 'Kongress', '2018-11-07', 'Erfurt', 0)`);
    const insertTrack = sqlite.prepare(`insert into tracks (id, event_id, slug, position, title, subtopics, locked,
      created_at) values (?, 'e', ?, ?, ?, '[]', ?, 0)`);
    insertTrack.run("a", "gesperrt", 1, "Gesperrt", 1);
    insertTrack.run("b", "offen", 2, "Offen", 0);

    for (const tag of tags.slice(phases)) apply(sqlite, tag);
    const rows = sqlite.prepare("select id, phase from tracks order by id").all();
    expect(rows).toEqual([
      { id: "a", phase: "closed" },
      { id: "b", phase: "collect" },
    ]);
    const columns = sqlite.prepare("select name from pragma_table_info('tracks')").all() as { name: string }[];
    expect(columns.map((column) => column.name)).not.toContain("locked");
    sqlite.close();
  });
});
