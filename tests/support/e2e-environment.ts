import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchChromium } from "./browser";
import { ServerProcess } from "./server-process";
import { tempDir } from "./temp-dir";

/**
 * The setting of an end-to-end test file: the real server as a child process on a database of its own,
 * and one headless Chromium. Registers the hooks that start them before the file's tests and stop them
 * after; `browser` is there once the tests run.
 */
export function e2eEnvironment(): { server: ServerProcess; databasePath: string; readonly browser: Browser } {
  const dir = tempDir();
  const databasePath = dir.file("fahrplan.db");
  const server = new ServerProcess(databasePath);
  let browser: Browser | null = null;
  beforeAll(async () => {
    await server.start(0);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server.stop("SIGKILL");
    dir.remove();
  });
  return {
    server,
    databasePath,
    get browser() {
      if (!browser) throw new Error("the browser starts in beforeAll");
      return browser;
    },
  };
}
