/**
 * A generator process: it holds a share of a scenario's clients, types on the seeded open-loop schedule
 * and records, for every marker it receives, the latency from the moment that keystroke was scheduled.
 * Started by generator-pool.ts with `fork`; it talks only over IPC.
 */
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import * as Y from "yjs";
import type { ClientAssignment, FromGenerator, GeneratorReport, ToGenerator } from "./generator-protocol";
import { LatencyHistogram } from "./histogram";
import { cursorAwarenessUpdate } from "./raw-frames";
import { findMarkers, type KeySchedule, marker, scheduledOffsetMs } from "./schedule";
import type { ClientModule, RawClient } from "./target";

const now = () => performance.timeOrigin + performance.now();
const send = (message: FromGenerator) => process.send?.(message);

/** One connected client of this process. */
interface Held {
  assignment: ClientAssignment;
  raw: RawClient;
  /** A writer's own little document: only its own paragraph, so it never decodes anyone else's typing. */
  doc: Y.Doc | null;
  text: Y.XmlText | null;
  /** Per sender (global index): the last keystroke received, to tell duplicates and gaps apart. */
  lastKey: Int32Array;
}

const held: Held[] = [];
const histogram = new LatencyHistogram();
const counters = { observed: 0, duplicates: 0, gaps: 0, framesSent: 0, framesReceived: 0, bytesReceived: 0 };
const closes: Record<string, number> = {};
let documentOf: string[] = [];
let schedule: KeySchedule | null = null;
let startAt = 0;
let eventLoopUtilisation = 0;

async function loadClientModule(path: string): Promise<ClientModule> {
  return (await import(pathToFileURL(path).href)) as ClientModule;
}

function attach(module: ClientModule, wsUrl: string, assignment: ClientAssignment, totalClients: number): Held {
  const raw = module.connectRaw(wsUrl, { document: assignment.document, credentials: assignment.credentials });
  const entry: Held = { assignment, raw, doc: null, text: null, lastKey: new Int32Array(totalClients).fill(-1) };
  raw.onFrame((frame) => receive(entry, frame));
  raw.onClose?.((code) => {
    closes[code] = (closes[code] ?? 0) + 1;
  });
  return entry;
}

function receive(entry: Held, frame: Uint8Array): void {
  counters.framesReceived++;
  counters.bytesReceived += frame.length;
  if (!schedule) return;
  const at = now();
  const own = entry.assignment;
  findMarkers(frame, (client, key) => {
    if (client === own.index || documentOf[client] !== own.document || !schedule) return;
    const last = entry.lastKey[client] ?? -1;
    if (key <= last) {
      counters.duplicates++;
      return;
    }
    if (key > last + 1) counters.gaps++;
    entry.lastKey[client] = key;
    counters.observed++;
    histogram.record(at - (startAt + scheduledOffsetMs(schedule, client, key)));
  });
}

async function connectAll(message: Extract<ToGenerator, { type: "connect" }>): Promise<void> {
  const module = await loadClientModule(message.clientModule);
  documentOf = message.documentOfClient;
  let failed = 0;
  let firstError: string | null = null;
  // Connect in small waves: a real room fills over minutes, not in one event-loop turn.
  for (let i = 0; i < message.clients.length; i += 25) {
    const wave = message.clients
      .slice(i, i + 25)
      .map((assignment) => attach(module, message.wsUrl, assignment, documentOf.length));
    const results = await Promise.allSettled(wave.map((entry) => entry.raw.synced));
    results.forEach((result, j) => {
      if (result.status === "fulfilled") held.push(wave[j] as Held);
      else {
        failed++;
        firstError ??= String(result.reason);
      }
    });
  }
  for (const entry of held) if (entry.assignment.writer) openParagraph(entry);
  send({ type: "connected", failed, firstError });
}

/** A writer starts its own paragraph (as pressing Enter would); its keystrokes go into it. */
function openParagraph(entry: Held): void {
  const doc = new Y.Doc();
  doc.on("update", (update: Uint8Array) => {
    counters.framesSent++;
    entry.raw.sendUpdate(update);
  });
  const paragraph = new Y.XmlElement("paragraph");
  const text = new Y.XmlText();
  doc.transact(() => {
    paragraph.insert(0, [text]);
    doc.getXmlFragment("default").push([paragraph]);
  });
  entry.doc = doc;
  entry.text = text;
}

function type(message: Extract<ToGenerator, { type: "type" }>): void {
  // Markers of every document are known to every process (documentOf was sent with "connect"), so the
  // schedule of any sender can be computed here.
  schedule = message.schedule;
  startAt = message.startAt;
  const writers = held.filter((entry) => entry.assignment.writer);
  const sentPerDocument: Record<string, number> = {};
  let running = writers.length;
  const eluStart = performance.eventLoopUtilization();
  const finish = () => {
    eventLoopUtilisation = performance.eventLoopUtilization(eluStart).utilization;
    send({ type: "typed", sentPerDocument });
  };
  if (running === 0) {
    setTimeout(finish, Math.max(0, startAt + message.durationMs - now()));
    return;
  }
  for (const entry of writers) {
    const { index, document } = entry.assignment;
    let key = 0;
    const next = () => {
      const offset = scheduledOffsetMs(message.schedule, index, key);
      if (offset >= message.durationMs) {
        if (--running === 0) finish();
        return;
      }
      setTimeout(fire, Math.max(0, startAt + offset - now()));
    };
    const fire = () => {
      const text = entry.text as Y.XmlText;
      text.insert(text.length, marker(index, key));
      sentPerDocument[document] = (sentPerDocument[document] ?? 0) + 1;
      if (message.cursors && entry.doc) {
        counters.framesSent++;
        entry.raw.sendAwareness(cursorAwarenessUpdate(entry.doc.clientID, key + 1, text.length));
      }
      key++;
      next();
    };
    next();
  }
}

async function joinStorm(message: Extract<ToGenerator, { type: "join" }>): Promise<void> {
  const module = await loadClientModule(message.clientModule);
  let failed = 0;
  let firstError: string | null = null;
  let lastSyncedAt = 0;
  const syncedAfterMs: number[] = [];
  await Promise.all(
    message.clients.map(async (assignment, i) => {
      const scheduled = message.startAt + (message.offsetsMs[i] ?? 0);
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, scheduled - now())));
      const entry = attach(module, message.wsUrl, assignment, 1);
      try {
        await entry.raw.synced;
        const at = now();
        syncedAfterMs.push(at - scheduled);
        lastSyncedAt = Math.max(lastSyncedAt, at);
        held.push(entry);
      } catch (error) {
        failed++;
        firstError ??= String(error);
      }
    }),
  );
  send({ type: "joined", syncedAfterMs, lastSyncedAt, failed, firstError });
}

function report(): GeneratorReport {
  return { latency: histogram.toSparse(), latencyMaxMs: histogram.maxMs, ...counters, eventLoopUtilisation, closes };
}

process.on("message", (message: ToGenerator) => {
  switch (message.type) {
    case "connect":
      void connectAll(message);
      return;
    case "type":
      type(message);
      return;
    case "join":
      void joinStorm(message);
      return;
    case "progress":
      send({ type: "progress", observed: counters.observed });
      return;
    case "report":
      send({ type: "report", report: report() });
      return;
    case "close":
      for (const entry of held) {
        entry.raw.destroy();
        entry.doc?.destroy();
      }
      process.exit(0);
  }
});
