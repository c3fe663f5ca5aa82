import type { ShouldRevalidateFunctionArgs } from "react-router";

/**
 * For the resource route the private-writing panel loads with a fetcher (the votes route never reloads): after an
 * action React Router loads every fetcher again. After logging out there is no session any more, so the
 * panel's loader would redirect to /join, and that redirect would take the whole page there instead of to
 * the home page the logout leads to. The page is being left anyway: nothing is loaded again.
 */
export function shouldRevalidatePanel({ formAction, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) {
  return formAction === "/logout" ? false : defaultShouldRevalidate;
}
