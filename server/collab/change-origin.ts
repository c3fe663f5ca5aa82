import type { Principal } from "../auth/principal";

/**
 * Who made a change to a live document, carried as the origin of its Yjs transaction. Domain observers
 * (author attribution, the read model) read it to tell a participant's change from the server's own
 * (initial structure, restore, reveal), without knowing the connection that applied it.
 */
export type ChangeOrigin = { readonly kind: "client"; readonly principal: Principal } | { readonly kind: "server" };

/** The origin of changes the server makes itself (`DocumentRegistry.change`). */
export const SERVER_CHANGE: ChangeOrigin = Object.freeze({ kind: "server" });

export function clientChange(principal: Principal): ChangeOrigin {
  return Object.freeze({ kind: "client", principal });
}

/** The principal behind a transaction's origin, or null when it is not a client's change. */
export function principalOfChange(origin: unknown): Principal | null {
  if (typeof origin !== "object" || origin === null || !("kind" in origin)) return null;
  const change = origin as ChangeOrigin;
  return change.kind === "client" ? change.principal : null;
}
