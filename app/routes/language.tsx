import { redirect } from "react-router";
import { safeRedirectTarget } from "../auth/guards.server";
import { isLocale } from "../i18n/locale";
import { localeCookie } from "../i18n/locale.server";
import type { Route } from "./+types/language";

/**
 * The language switch in the site header posts here (a plain form, so it works without JavaScript): the
 * choice is stored in the `lang` cookie and the visitor goes back to the page they were on. Only a POST
 * changes it (the Origin check of server/http/request-guards.ts applies); a GET just goes home.
 */
export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData().catch(() => null);
  const locale = form?.get("lang");
  const back = safeRedirectTarget(form?.get("redirectTo"));
  if (!isLocale(locale)) return redirect(back);
  const secure = new URL(request.url).protocol === "https:";
  return redirect(back, { headers: { "Set-Cookie": localeCookie(locale, { secure }) } });
}

export function loader() {
  return redirect("/");
}
