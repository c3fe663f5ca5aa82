import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { findMarkers, marker, scheduledOffsetMs } from "../../bench/load/schedule";

/** Keystrokes of one writer as the load generator types them: one marker per insertion. */
function typedUpdates(client: number, keys: number): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on("update", (update: Uint8Array) => updates.push(update));
  const text = new Y.XmlText();
  doc.getXmlFragment("default").push([text]);
  for (let key = 0; key < keys; key++) text.insert(text.length, marker(client, key));
  return updates;
}

describe("the load generator's markers", () => {
  it("are found in order in the merged frames a server relays", () => {
    // The server merges the updates of one window into one (document-registry.ts): markers must stay whole.
    const merged = Y.mergeUpdates([...typedUpdates(7, 40), ...typedUpdates(1300, 40)]);
    const found: string[] = [];
    findMarkers(merged, (client, key) => found.push(`${client}:${key}`));
    const expected = (client: number) => Array.from({ length: 40 }, (_, key) => `${client}:${key}`);
    expect(found.filter((entry) => entry.startsWith("7:"))).toEqual(expected(7));
    expect(found.filter((entry) => entry.startsWith("1300:"))).toEqual(expected(1300));
  });

  it("schedule the same keystroke at the same moment in every process", () => {
    const schedule = { seed: 20181107, keysPerSecond: 5 };
    expect(scheduledOffsetMs(schedule, 3, 10)).toBe(scheduledOffsetMs({ ...schedule }, 3, 10));
    const offsets = Array.from({ length: 50 }, (_, key) => scheduledOffsetMs(schedule, 3, key));
    for (let key = 1; key < offsets.length; key++) expect(offsets[key]).toBeGreaterThan(offsets[key - 1] as number);
    // Clients do not type in lockstep: their first keystrokes spread over most of one interval (200 ms).
    const firsts = Array.from({ length: 100 }, (_, client) => scheduledOffsetMs(schedule, client, 0));
    expect(Math.max(...firsts) - Math.min(...firsts)).toBeGreaterThan(150);
  });
});
