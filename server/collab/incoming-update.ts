import * as Y from "yjs";

/**
 * How much of a document may wait for dependencies that have not arrived. An honest client only ever
 * depends on what the server already has (the server relayed it), except for the few keystrokes typed
 * while it resyncs with a server restored from a backup; those are resolved by its sync step 2 at once.
 */
export const MAX_PENDING_BYTES = 64 * 1024;

/**
 * Throws unless a client's update decodes completely; returns its structs. Yjs integrates the structs of an update before it
 * reads the deletions at its end, so a truncated update would otherwise be half applied and stored.
 * The lazy decoder also allocates nothing before it has read the bytes for it: a tiny update that claims
 * millions of structs (the run-length bombs of yjs#687) fails here without a large allocation.
 */
export function assertDecodableUpdate(update: Uint8Array): ReturnType<typeof Y.decodeUpdate>["structs"] {
  return Y.decodeUpdate(update).structs;
}

/** Bytes of the document's structs and deletions that wait for missing dependencies. */
export function pendingBytes(doc: Y.Doc): number {
  return (doc.store.pendingStructs?.update.byteLength ?? 0) + (doc.store.pendingDs?.byteLength ?? 0);
}

/**
 * Forgets what waits for missing dependencies. Nothing of it was stored or relayed (the document's
 * 'update' event carries only what was integrated), so nothing is lost; and while anything waits, the
 * document's log cannot be compacted.
 */
export function dropPending(doc: Y.Doc): void {
  doc.store.pendingStructs = null;
  doc.store.pendingDs = null;
}
