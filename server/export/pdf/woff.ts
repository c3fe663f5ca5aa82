import { inflateSync } from "node:zlib";

const WOFF_HEADER = 44;
const WOFF_ENTRY = 20;
const SFNT_HEADER = 12;
const SFNT_ENTRY = 16;

interface Table {
  tag: number;
  checksum: number;
  data: Buffer;
}

/**
 * A WOFF 1.0 font unpacked to the plain TrueType/OpenType file it wraps. fontkit reads WOFF directly, but
 * inflates a table again on every access (each glyph looked up re-inflates `glyf`), which made inflating the
 * bulk of a long export's run time; unpacked once, the font is read in place.
 */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString("latin1", 0, 4) !== "wOFF") throw new Error("Not a WOFF font");
  const flavor = woff.readUInt32BE(4);
  const tables = readTables(woff, woff.readUInt16BE(12));
  const offsets: number[] = [];
  let size = SFNT_HEADER + SFNT_ENTRY * tables.length;
  for (const table of tables) {
    offsets.push(size);
    size += padded(table.data.length);
  }
  const sfnt = Buffer.alloc(size);
  writeOffsetTable(sfnt, flavor, tables.length);
  tables.forEach((table, index) => {
    const entry = SFNT_HEADER + SFNT_ENTRY * index;
    const offset = offsets[index] ?? 0;
    sfnt.writeUInt32BE(table.tag, entry);
    sfnt.writeUInt32BE(table.checksum, entry + 4);
    sfnt.writeUInt32BE(offset, entry + 8);
    sfnt.writeUInt32BE(table.data.length, entry + 12);
    table.data.copy(sfnt, offset);
  });
  return sfnt;
}

function readTables(woff: Buffer, count: number): Table[] {
  return Array.from({ length: count }, (_, index) => {
    const entry = WOFF_HEADER + WOFF_ENTRY * index;
    const offset = woff.readUInt32BE(entry + 4);
    const compressed = woff.readUInt32BE(entry + 8);
    const original = woff.readUInt32BE(entry + 12);
    const stored = woff.subarray(offset, offset + compressed);
    const data = compressed < original ? inflateSync(stored) : stored;
    if (data.length !== original) throw new Error("Damaged WOFF table");
    return { tag: woff.readUInt32BE(entry), checksum: woff.readUInt32BE(entry + 16), data };
  });
}

/** The sfnt header with the binary-search fields every TrueType reader expects. */
function writeOffsetTable(sfnt: Buffer, flavor: number, count: number): void {
  const power = 2 ** Math.floor(Math.log2(count));
  sfnt.writeUInt32BE(flavor, 0);
  sfnt.writeUInt16BE(count, 4);
  sfnt.writeUInt16BE(power * 16, 6);
  sfnt.writeUInt16BE(Math.log2(power), 8);
  sfnt.writeUInt16BE(count * 16 - power * 16, 10);
}

/** Tables start on 4-byte boundaries. */
function padded(length: number): number {
  return (length + 3) & ~3;
}
