import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";

/** The rules of WCAG 2.1 levels A and AA, which BITV 2.0 requires. */
const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

export type Language = "de" | "en";

/**
 * One visitor's browser profile for the crawl: the session cookies of a `Cookie` header (from
 * http-session.ts) and the language cookie that the language switch sets.
 */
export async function visitorContext(
  browser: Browser,
  baseUrl: string,
  cookieHeader: string,
  language: Language,
): Promise<BrowserContext> {
  const context = await browser.newContext();
  const cookies = cookieHeader
    .split(";")
    .map((pair) => pair.trim())
    .filter(Boolean)
    .map((pair) => {
      const at = pair.indexOf("=");
      return { name: pair.slice(0, at), value: pair.slice(at + 1), url: baseUrl };
    });
  await context.addCookies([...cookies, { name: "lang", value: language, url: baseUrl }]);
  return context;
}

/**
 * Records the address of every request of every page of the context, WebSockets included (they do not
 * show up as requests). Attach it before the first page opens.
 */
export function recordRequests(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on("request", (request) => urls.push(request.url()));
  context.on("page", (page) => page.on("websocket", (socket) => urls.push(socket.url())));
  return urls;
}

/**
 * The recorded addresses that leave the app's origin (scheme, host and port). data: and blob: URLs are
 * made inside the page and never reach the network; a WebSocket to the app's own host and port counts
 * as the app's (ws: is the WebSocket form of http:).
 */
export function foreignRequests(urls: string[], appOrigin: string): string[] {
  const app = new URL(appOrigin);
  return urls.filter((address) => {
    const url = new URL(address);
    if (url.protocol === "data:" || url.protocol === "blob:") return false;
    const scheme = url.protocol.replace(/^ws/, "http");
    return !(scheme === app.protocol && url.host === app.host);
  });
}

/**
 * Runs axe-core on the page as it is now, with the WCAG 2.1 A/AA rules, and describes every serious or
 * critical violation (rule, help text, and the first offending elements) for the failure message.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Legacy mode checks the page in place instead of opening a blank page per check to collect the
  // results of frames: the app has no frames, and the crawl stays faster.
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).setLegacyMode(true).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => {
      const where = violation.nodes
        .slice(0, 3)
        .map((node) => `${node.target.join(" ")}: ${node.failureSummary?.replace(/\s+/g, " ") ?? ""}`)
        .join(" | ");
      return `${violation.id} (${violation.impact}) ${violation.help} – ${where}`;
    });
}
