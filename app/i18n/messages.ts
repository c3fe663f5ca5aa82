/**
 * The app's entry to the message catalogue. The texts are plain data in `shared/i18n/` (German first,
 * English of exactly the same shape, enforced by the type `Messages`), so that the server's exports read
 * them without React. Components take their strings through `useMessages`, in the language chosen with
 * the switch in the site header; server code that answers a request uses `messagesFor(request)`
 * (locale.server.ts).
 */
import { useContext } from "react";
import { messagesOf } from "../../shared/i18n/catalogues";
import type { Messages } from "../../shared/i18n/messages-type";
import { LocaleContext } from "./locale";

export { messagesOf } from "../../shared/i18n/catalogues";
export { de } from "../../shared/i18n/de";
export type { Messages } from "../../shared/i18n/messages-type";

/** The catalogue of the language chosen by the visitor (German unless they switched). */
export function useMessages(): Messages {
  return messagesOf(useContext(LocaleContext));
}
