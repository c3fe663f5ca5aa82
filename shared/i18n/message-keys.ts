import { de } from "./de";
import type { Messages } from "./messages-type";

/**
 * The place of a fixed text in the catalogue, e.g. "join.codeRequired". Form schemas are built once, at
 * module level, before anyone's language is known: they carry keys, and the route boundary looks a key up
 * in the request's catalogue (app/forms/parse-form.server.ts). A key can only be had from `messageKeys`.
 */
export type MessageKey = string & { readonly messageKey: unique symbol };

/** The catalogue's shape with every fixed text replaced by its key; texts with arguments have none. */
export type KeysOf<T> = {
  [K in keyof T as T[K] extends (...args: never[]) => unknown ? never : K]: T[K] extends string
    ? MessageKey
    : KeysOf<T[K]>;
};

function keysOf(node: object, prefix: string): Record<string, unknown> {
  const keys: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(node)) {
    const path = prefix ? `${prefix}.${name}` : name;
    if (typeof value === "string") keys[name] = path;
    else if (typeof value === "object" && value !== null) keys[name] = keysOf(value, path);
  }
  return keys;
}

/** Every fixed text's key, in the catalogue's shape: `messageKeys.join.codeRequired`. */
export const messageKeys = keysOf(de, "") as KeysOf<typeof de>;

/** The text at `key` in a catalogue, or null when `key` is not the key of a fixed text. */
export function textAt(messages: Messages, key: string): string | null {
  let node: unknown = messages;
  for (const name of key.split(".")) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, name)) return null;
    node = (node as Record<string, unknown>)[name];
  }
  return typeof node === "string" ? node : null;
}
