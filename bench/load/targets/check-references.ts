/**
 * Self-test of the reference targets: `npx tsx bench/load/targets/check-references.ts`.
 * Starts each reference server, lets two full and two raw clients edit one document together and checks
 * that they converge, that raw clients receive the others' updates and awareness arrives; then checks
 * cold load from stored updates (or that the target declares it not applicable). Prints OK per target.
 */
import { EventEmitter } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Awareness, encodeAwarenessUpdate } from "y-protocols/awareness";
import * as Y from "yjs";
import { until } from "../../../tests/support/wait";
import { type ClientModule, type FullClient, ScenarioNotApplicable, type Target } from "../target";
import { hocuspocusMemory, hocuspocusSqlite } from "./hocuspocus";
import { EDITOR_FRAGMENT, editorText, typedDocument } from "./stored-updates";
import { yWebsocketLeveldb, yWebsocketMemory } from "./y-websocket-2";

/** Above y-leveldb's trim size (500), so that its merge-on-load is part of the check. */
const STORED_UPDATES = 600;

/** Fires whenever anything a check waits for may have changed. */
const progress = new EventEmitter();
const onProgress = (onChange: () => void) => {
  progress.on("change", onChange);
  return () => progress.off("change", onChange);
};
const changed = () => progress.emit("change");

async function withServer<T>(
  target: Target,
  options: { storedUpdates?: number; compacted?: boolean },
  check: (server: Awaited<ReturnType<Target["start"]>>, module: ClientModule) => Promise<T>,
): Promise<T> {
  const dataDir = mkdtempSync(join(tmpdir(), "fahrplan-reference-check-"));
  try {
    const server = await target.start({ dataDir, documents: 1, ...options });
    try {
      const module = (await import(pathToFileURL(target.clientModule).href)) as ClientModule;
      return await check(server, module);
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function typeParagraph(client: FullClient, text: string): void {
  const paragraph = new Y.XmlElement("paragraph");
  paragraph.insert(0, [new Y.XmlText(text)]);
  client.doc.getXmlFragment(EDITOR_FRAGMENT).push([paragraph]);
}

/** An update from a document of its own, as a raw client's author would produce it. */
function rawParagraphUpdate(text: string): Uint8Array {
  const doc = new Y.Doc();
  const paragraph = new Y.XmlElement("paragraph");
  paragraph.insert(0, [new Y.XmlText(text)]);
  doc.getXmlFragment(EDITOR_FRAGMENT).push([paragraph]);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

const containsText = (frames: Uint8Array[], text: string) =>
  frames.some((frame) => Buffer.from(frame).includes(Buffer.from(text, "utf8")));

async function checkLiveEditing(target: Target): Promise<string> {
  return withServer(target, {}, async (server, module) => {
    const document = server.documentNames[0] as string;
    const [a, b, c, d] = await server.credentials(4);
    const full = [a, b].map((credentials) =>
      module.connectFull(server.wsUrl, { document, credentials: credentials ?? {} }),
    );
    const raw = [c, d].map((credentials) =>
      module.connectRaw(server.wsUrl, { document, credentials: credentials ?? {} }),
    );
    const received: Uint8Array[][] = [[], []];
    for (const [index, client] of raw.entries()) {
      client.onFrame((frame) => {
        received[index]?.push(frame);
        changed();
      });
    }
    for (const client of full) {
      client.doc.on("update", changed);
      client.awareness.on("change", changed);
    }
    const authorDoc = new Y.Doc();
    const authorAwareness = new Awareness(authorDoc);
    try {
      await Promise.all([...full, ...raw].map((client) => client.synced));
      const [first, second] = full as [FullClient, FullClient];
      typeParagraph(first, "Alpha aus Erfurt");
      typeParagraph(second, "Beta aus Jena");
      raw[0]?.sendUpdate(rawParagraphUpdate("Gamma aus Gera"));
      authorAwareness.setLocalState({ user: { name: "Roh" } });
      raw[1]?.sendAwareness(encodeAwarenessUpdate(authorAwareness, [authorDoc.clientID]));
      const expected = ["Alpha aus Erfurt", "Beta aus Jena", "Gamma aus Gera"];
      await until(
        onProgress,
        () =>
          full.every((client) => expected.every((text) => editorText(client.doc).includes(text))) &&
          editorText(first.doc) === editorText(second.doc),
        `${target.name}: both full clients hold all three paragraphs`,
      );
      await until(
        onProgress,
        () => containsText(received[0] ?? [], "Beta aus Jena") && containsText(received[1] ?? [], "Gamma aus Gera"),
        `${target.name}: raw clients receive the others' updates`,
      );
      await until(
        onProgress,
        () => full.every((client) => client.awareness.getStates().has(authorDoc.clientID)),
        `${target.name}: the raw client's awareness reaches the full clients`,
      );
      return `live editing converged, raw clients got ${received[0]?.length}+${received[1]?.length} frames`;
    } finally {
      authorAwareness.destroy();
      authorDoc.destroy();
      for (const client of [...full, ...raw]) client.destroy();
    }
  });
}

async function checkColdLoad(target: Target, compacted: boolean): Promise<string> {
  const label = compacted ? "cold load (compacted)" : "cold load";
  try {
    return await withServer(target, { storedUpdates: STORED_UPDATES, compacted }, async (server, module) => {
      const document = server.documentNames[0] as string;
      const [credentials] = await server.credentials(2);
      const raw = module.connectRaw(server.wsUrl, { document, credentials: credentials ?? {} });
      const frames: Uint8Array[] = [];
      raw.onFrame((frame) => frames.push(frame));
      const full = module.connectFull(server.wsUrl, { document, credentials: credentials ?? {} });
      try {
        await Promise.all([raw.synced, full.synced]);
        if (editorText(full.doc) !== typedDocument(STORED_UPDATES).text) {
          throw new Error(`${target.name}: ${label} does not give back the stored document`);
        }
        // The stored text travels inside the update the raw client received when it synced.
        if (!containsText(frames, "Problemfeld: Medienbrüche")) {
          throw new Error(`${target.name}: the raw client synced without the stored content`);
        }
      } finally {
        raw.destroy();
        full.destroy();
      }
      const notes = server.notes?.length ? ` [${server.notes.join("; ")}]` : "";
      return `${label} of ${STORED_UPDATES} updates ok${notes}`;
    });
  } catch (error) {
    if (error instanceof ScenarioNotApplicable) return `${label}: not applicable (${error.message})`;
    throw error;
  }
}

let failures = 0;
for (const target of [yWebsocketMemory, yWebsocketLeveldb, hocuspocusMemory, hocuspocusSqlite]) {
  try {
    const findings = [
      await checkLiveEditing(target),
      await checkColdLoad(target, false),
      await checkColdLoad(target, true),
    ];
    console.log(`OK    ${target.name}\n      ${findings.join("\n      ")}`);
  } catch (error) {
    failures++;
    console.log(`FAIL  ${target.name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
process.exitCode = failures === 0 ? 0 : 1;
