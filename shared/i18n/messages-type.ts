import type { de } from "./de";

/**
 * The shape every catalogue has: the German one with each text widened to `string`, so that English
 * (or any later language) must provide every key, with functions taking the same arguments.
 */
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends readonly (infer U)[]
      ? readonly Widen<U>[]
      : T extends object
        ? { [K in keyof T]: Widen<T[K]> }
        : T;

export type Messages = Widen<typeof de>;
