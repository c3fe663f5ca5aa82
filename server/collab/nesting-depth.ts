import * as Y from "yjs";

/**
 * How deep elements may be nested in a document. The editor nests a few levels (a paragraph in a problem
 * in the fragment; lists add two a level); a modified client that nests thousands of elements makes every
 * recursive reader of the document (the read model on the server, the editor in every browser) overflow
 * its stack, so the track would stop working for everyone in it.
 */
export const MAX_NESTING_DEPTH = 48;

type Struct = Y.Item | Y.GC | Y.Skip;
interface FreshRange {
  clock: number;
  length: number;
  /** How many elements the item sits in (0: directly in a root type); undefined when unknown. */
  containerDepth: number | undefined;
}

/**
 * Throws when an update's new elements would sit deeper than MAX_NESTING_DEPTH, counting the elements
 * they are put into, whether those exist or come with the same update. Checked before the update is
 * applied, from its decoded structs; an item whose parent is not known yet (a missing dependency) is let
 * through, because what waits for dependencies is bounded separately.
 */
export function assertBoundedNesting(doc: Y.Doc, structs: Struct[]): void {
  const fresh = new Map<number, FreshRange[]>();
  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) continue;
    const containerDepth = containerDepthOf(doc, fresh, struct);
    const ranges = fresh.get(struct.id.client) ?? [];
    ranges.push({ clock: struct.id.clock, length: struct.length, containerDepth });
    fresh.set(struct.id.client, ranges);
    if (
      containerDepth !== undefined &&
      struct.content instanceof Y.ContentType &&
      containerDepth >= MAX_NESTING_DEPTH
    ) {
      throw new Error(`elements nested deeper than ${MAX_NESTING_DEPTH}`);
    }
  }
}

/** How many elements a decoded item will sit in, from its parent or, when that is implied, its neighbours. */
function containerDepthOf(doc: Y.Doc, fresh: Map<number, FreshRange[]>, item: Y.Item): number | undefined {
  const parent = item.parent as Y.ID | string | null;
  if (typeof parent === "string") return 0; // a root type
  if (parent !== null) {
    const parentDepth = lookUp(doc, fresh, parent);
    return parentDepth === undefined ? undefined : parentDepth + 1; // inside the parent element
  }
  const neighbour = item.origin ?? item.rightOrigin;
  return neighbour ? lookUp(doc, fresh, neighbour) : undefined;
}

/** The container depth of the item with this id: one of the update's own, or one already in the document. */
function lookUp(doc: Y.Doc, fresh: Map<number, FreshRange[]>, id: Y.ID): number | undefined {
  const range = fresh.get(id.client)?.find((each) => each.clock <= id.clock && id.clock < each.clock + each.length);
  if (range) return range.containerDepth;
  let existing: Struct | undefined;
  try {
    existing = Y.getItem(doc.store, id) as Struct | undefined;
  } catch {
    return undefined; // not in the document (yet)
  }
  if (!(existing instanceof Y.Item)) return undefined;
  let depth = 0;
  let type = existing.parent as Y.AbstractType<unknown> | null;
  while (type?._item && depth <= MAX_NESTING_DEPTH) {
    depth++;
    type = type._item.parent as Y.AbstractType<unknown> | null;
  }
  return depth;
}
