import * as Y from "yjs";

/**
 * Whether an update that a read-only connection sent would have changed the document: it carries a struct
 * the document lacks, or deletes something the document has not deleted. Its update is dropped either way;
 * this only decides whether something the client believes it wrote was refused, so that the server does
 * not confirm it as saved (MessageType.saveConfirmation).
 *
 * A read-only client's sync step 2 always carries the whole delete set of what it holds, and usually
 * nothing new: that must not count as a refusal, or a page whose changes were stored just before its
 * rights changed (the confirmation lost with the old socket) would never be confirmed. Throws on an update
 * that does not decode (the caller closes the connection as broken).
 */
export function wouldChangeDocument(doc: Y.Doc, update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(update);
  const unknownStruct = structs.some(
    (struct) =>
      !(struct instanceof Y.Skip) && struct.id.clock + struct.length > Y.getState(doc.store, struct.id.client),
  );
  if (unknownStruct) return true;
  if (ds.clients.size === 0) return false;
  // Sorted and merged per client, so a deleted range is covered by one of its ranges or not at all.
  const deleted = Y.createDeleteSetFromStructStore(doc.store);
  for (const [client, ranges] of ds.clients) {
    const known = deleted.clients.get(client) ?? [];
    if (ranges.some((range) => range.len > 0 && !covers(known, range.clock, range.len))) return true;
  }
  return false;
}

/** Whether sorted, merged ranges cover [clock, clock + len) with a single range (binary search). */
function covers(ranges: { clock: number; len: number }[], clock: number, len: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = ranges[middle] as { clock: number; len: number };
    if (clock < range.clock) high = middle - 1;
    else if (clock >= range.clock + range.len) low = middle + 1;
    else return clock + len <= range.clock + range.len;
  }
  return false;
}
