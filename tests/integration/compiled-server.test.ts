import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { logIn, TEST_ADMIN } from "../support/http-session";
import { ServerProcess } from "../support/server-process";
import { tempDir } from "../support/temp-dir";

/**
 * Production runs plain `node` on the compiled server (issue #17): no TypeScript loader, which costs start-up
 * time and tens of megabytes in every process. `npm test` builds before it runs the tests.
 */
const BUILD = fileURLToPath(new URL("../../build/node", import.meta.url));
const dir = tempDir();
const moduleLog = dir.file("modules.log");
const server = new ServerProcess(dir.file("fahrplan.db"), {
  NODE_OPTIONS: `--import ${fileURLToPath(new URL("../support/module-log.mjs", import.meta.url))}`,
  FAHRPLAN_MODULE_LOG: moduleLog,
});

/** Every module the server process and its worker threads loaded so far. */
function loadedModules(): string[] {
  return readFileSync(moduleLog, "utf8").split("\n").filter(Boolean);
}

beforeAll(async () => {
  await server.start(0);
});

afterAll(async () => {
  await server.stop();
  dir.remove();
});

describe("the compiled production server", () => {
  it("has a bundle for the server, the export worker and each command-line script, none loading TypeScript", () => {
    const bundles = readdirSync(BUILD).filter((name) => name.endsWith(".js"));
    expect(bundles.sort()).toEqual(["admin-create.js", "backup.js", "export-worker-main.js", "export.js", "main.js"]);
    for (const bundle of bundles) {
      const code = readFileSync(join(BUILD, bundle), "utf8");
      // Neither tsx nor a TypeScript file is imported; ".ts" paths elsewhere are base URLs of relative files.
      expect(code, bundle).not.toMatch(/(from|import\(|register\()\s*["'][^"']*(tsx|\.tsx?)["']/);
    }
  });

  it("serves and exports a PDF with plain node, loading no TypeScript in the server or its export worker", async () => {
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);

    const sqlite = new Database(server.databasePath, { readonly: true });
    const { id: eventId } = sqlite.prepare("select id from events limit 1").get() as { id: string };
    sqlite.close();
    const cookie = await logIn(server.url, TEST_ADMIN.email, TEST_ADMIN.password);
    const headers = { "Content-Type": "application/x-www-form-urlencoded", Origin: server.url, Cookie: cookie };
    const started = await fetch(`${server.url}/exports`, {
      method: "POST",
      headers,
      body: new URLSearchParams({ eventId, format: "pdf", draft: "1" }),
    });
    expect(started.status).toBe(202);
    const job = (await started.json()) as { statusUrl: string; fileUrl: string };
    await expect
      .poll(
        async () =>
          ((await (await fetch(`${server.url}${job.statusUrl}`, { headers })).json()) as { status: string }).status,
        {
          timeout: 60_000,
        },
      )
      .toBe("done");
    const file = Buffer.from(await (await fetch(`${server.url}${job.fileUrl}`, { headers })).arrayBuffer());
    expect(file.subarray(0, 5).toString("latin1")).toBe("%PDF-");

    const loaded = loadedModules();
    expect(loaded.filter((url) => url.includes("/build/node/")).map((url) => url.replace(/.*\//, ""))).toEqual(
      expect.arrayContaining(["main.js", "export-worker-main.js"]),
    );
    expect(loaded.filter((url) => /\/node_modules\/tsx\/|\.tsx?$/.test(url))).toEqual([]);
  }, 90_000);
});
