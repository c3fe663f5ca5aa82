import type { Locator, Page } from "playwright-core";

/** More Tab presses than any page of the app has stops before its last control. */
const MAX_TAB_STOPS = 80;

/**
 * How the element that has the keyboard focus shows it, or why it does not: a keyboard user must always
 * see where they are (WCAG 2.4.7). Visible means: it matches :focus-visible and draws an outline or a
 * box shadow. Returns null when it is visible, else a description of the element for the failure message.
 */
async function invisibleFocus(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return "nothing has the focus";
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== "none";
    if (element.matches(":focus-visible") && (outline || shadow)) return null;
    const name = element.getAttribute("aria-label") ?? element.textContent?.trim().slice(0, 60) ?? "";
    return `<${element.tagName.toLowerCase()} class="${element.className}"> „${name}“ shows no focus`;
  });
}

/**
 * Presses Tab (or Shift+Tab) until `target` has the focus, checking at every stop on the way that the
 * focus is visible. Only the keyboard moves the focus: never a click, never element.focus().
 */
export async function tabTo(page: Page, target: Locator, options: { backwards?: boolean } = {}): Promise<void> {
  await target.waitFor({ state: "attached" });
  const passed: string[] = [];
  for (let stop = 0; stop < MAX_TAB_STOPS; stop++) {
    await page.keyboard.press(options.backwards ? "Shift+Tab" : "Tab");
    const problem = await invisibleFocus(page);
    if (problem) throw new Error(`Focus not visible after ${stop + 1} Tab presses: ${problem}`);
    if (await target.evaluate((element) => element === document.activeElement)) return;
    passed.push(await page.evaluate(() => document.activeElement?.tagName ?? ""));
  }
  throw new Error(`${MAX_TAB_STOPS} Tab presses never reached the target; passed ${passed.join(", ")}`);
}
