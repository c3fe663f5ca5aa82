import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

/** Debian's Chromium; a browser is never downloaded. `.ci/run` installs it. */
const CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((path) => existsSync(path));

/**
 * Launches headless Chromium. The flags keep it from reaching out to the internet (this machine has no
 * route there, and the refused connections slow every start) and let it run as root in a container.
 */
export async function launchChromium(): Promise<Browser> {
  if (!CHROMIUM) throw new Error("Chromium not found: install Debian's package `chromium` (see .ci/run).");
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
