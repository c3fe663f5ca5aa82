/**
 * Plenary benchmark (issue #15): the whole hall at once. A thousand participants follow the closing
 * plenary on the event stream the browser uses, a moderator rewords an entry every few seconds, and 300
 * participants give their voices within a minute. Measured: how long each change takes to reach every
 * follower (from the moderator's POST to the frame's arrival), whether every voice is counted exactly
 * once, and the server's CPU and memory. Not a test: figures, never thresholds.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { openDatabase } from "../db/client";
import { plenaryVoices, roadmapEntries } from "../db/schema";
import { seedDraft } from "../tests/support/seed-draft";
import { LatencyHistogram, summarise } from "./load/histogram";
import { fahrplanTarget } from "./load/targets/fahrplan";

const ADMIN = { email: "bench-admin@fahrplan.test", password: "bench-admin-passwort" };
const ENTRIES = 20;

export interface PlenaryBenchResult {
  followers: number;
  voices: number;
  edits: number;
  /** From a change's POST to its arrival at each follower, over every change and follower. */
  editToFollowers: ReturnType<typeof summarise>;
  voiceToFollowers: ReturnType<typeof summarise>;
  /** Changes some follower never received within the run (should be 0). */
  missed: number;
  votesStored: number;
  votesCounted: number;
  server: { cpuCoresMean: number; cpuCoresMax: number; rssMbMax: number };
}

export async function runPlenaryBench({ quick }: { quick: boolean }): Promise<PlenaryBenchResult> {
  const followers = quick ? 100 : 1000;
  const voices = quick ? 30 : 300;
  const edits = quick ? 3 : 12;
  process.env.FAHRPLAN_ADMIN_EMAIL = ADMIN.email;
  process.env.FAHRPLAN_ADMIN_PASSWORD = ADMIN.password;
  const dataDir = mkdtempSync(join(tmpdir(), "fahrplan-plenary-bench-"));
  const server = await fahrplanTarget.start({ dataDir, documents: 5 });
  const baseUrl = server.wsUrl
    .replace(/^ws/, "http")
    .replace(/\/[^/]*$/, "")
    .replace(/\/collab$/, "");
  try {
    const { eventId, slug, entryIds } = seedBenchDraft(join(dataDir, "fahrplan.db"));
    const admin = await logIn(baseUrl);
    const plenaryPath = `/events/${slug}/plenum`;
    await post(baseUrl, plenaryPath, admin, { intent: "open" });
    console.log(`  plenary: ${followers} followers joining …`);
    const people = await server.credentials(Math.max(followers, voices));
    const streams = await Promise.all(
      people.slice(0, followers).map((person) => follow(baseUrl, eventId, person.cookie ?? "")),
    );

    const samples: { cpu: number; rss: number }[] = [];
    const sampler = setInterval(() => {
      void server.sample().then((sample) => samples.push({ cpu: sample.cpuCores, rss: sample.rssBytes }));
    }, 1000);
    const editLatency = new LatencyHistogram();
    const voiceLatency = new LatencyHistogram();
    let missed = 0;

    const measure = async (marker: string, act: () => Promise<unknown>, histogram: LatencyHistogram) => {
      const started = performance.now();
      const arrivals = streams.map((stream) => stream.waitFor(marker, 10_000));
      await act();
      for (const arrival of await Promise.all(arrivals)) {
        if (arrival === null) missed += 1;
        else histogram.record(arrival - started);
      }
    };

    // Voices over a minute (5 a second for 300), an edit every few seconds among them.
    const voiceEvery = 60_000 / voices;
    const editEvery = Math.floor(voices / edits);
    const editor = `/moderation/fahrplan?event=${encodeURIComponent(eventId)}`;
    const db = openDatabase(join(dataDir, "fahrplan.db"));
    const work: Promise<void>[] = [];
    for (let index = 0; index < voices; index++) {
      const person = people[index];
      const entryId = entryIds[index % entryIds.length] ?? "";
      // Every participant votes once, one after the other: the frame after voice n says n voices.
      work.push(
        measure(
          `"voiceCount":${index + 1},`,
          () =>
            post(baseUrl, plenaryPath, person?.cookie ?? "", {
              intent: "voice",
              entryId,
              voice: index % 3 === 0 ? "concern" : "consent",
            }),
          voiceLatency,
        ),
      );
      if (index % editEvery === editEvery - 1) {
        const entryId = entryIds[((index / editEvery) % entryIds.length) | 0] ?? "";
        const row = db.select().from(roadmapEntries).where(eq(roadmapEntries.id, entryId)).get();
        const title = `Bench-Änderung ${index}`;
        work.push(
          measure(
            title,
            () =>
              post(baseUrl, editor, admin, {
                intent: "update-entry",
                entryId,
                version: String(row?.version ?? 1),
                title,
                problemStatement: row?.problemStatement ?? "",
                steps: "",
                status: "draft",
              }),
            editLatency,
          ),
        );
      }
      await new Promise((resolve) => setTimeout(resolve, voiceEvery));
    }
    await Promise.all(work);
    clearInterval(sampler);
    const votesStored = db.select().from(plenaryVoices).all().length;
    db.$client.close();
    const votesCounted = streams[0]?.lastTallyTotal() ?? 0;
    for (const stream of streams) stream.close();
    const cpu = samples.map((sample) => sample.cpu).filter((value) => value > 0);
    return {
      followers,
      voices,
      edits,
      editToFollowers: summarise(editLatency),
      voiceToFollowers: summarise(voiceLatency),
      missed,
      votesStored,
      votesCounted,
      server: {
        cpuCoresMean: round(cpu.reduce((sum, value) => sum + value, 0) / Math.max(1, cpu.length)),
        cpuCoresMax: round(Math.max(0, ...cpu)),
        rssMbMax: Math.round(Math.max(0, ...samples.map((sample) => sample.rss)) / 2 ** 20),
      },
    };
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Twenty entries in the congress's draft, adopted from contributions as moderators do on the board. */
function seedBenchDraft(path: string) {
  const db = openDatabase(path);
  try {
    const problems = Array.from(
      { length: ENTRIES },
      (_, n) => `Problemfeld ${n + 1}: Medienbrüche zwischen E-Akte und Fachverfahren in den Kommunen.`,
    );
    return seedDraft(db, problems);
  } finally {
    db.$client.close();
  }
}

async function logIn(baseUrl: string): Promise<string> {
  const response = await post(baseUrl, "/login", "", { email: ADMIN.email, password: ADMIN.password });
  return response.headers
    .getSetCookie()
    .map((header) => header.split(";")[0])
    .join("; ");
}

function post(baseUrl: string, path: string, cookie: string, fields: Record<string, string>): Promise<Response> {
  return fetch(`${baseUrl}${path}`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      Origin: baseUrl,
      ...(cookie ? { Cookie: cookie } : {}),
    },
    body: new URLSearchParams(fields),
  }).then(async (response) => {
    await response.arrayBuffer();
    return response;
  });
}

interface Follower {
  /** Resolves with the arrival time of the first frame containing `marker`, or null after `timeoutMs`. */
  waitFor(marker: string, timeoutMs: number): Promise<number | null>;
  /** The sum of all tallies in the last frame. */
  lastTallyTotal(): number;
  close(): void;
}

/** One follower on the plenary's event stream, reading frames as they come. */
async function follow(baseUrl: string, eventId: string, cookie: string): Promise<Follower> {
  const controller = new AbortController();
  const response = await fetch(`${baseUrl}/api/events/${encodeURIComponent(eventId)}/plenary/stream`, {
    headers: { Cookie: cookie },
    signal: controller.signal,
  });
  if (response.status !== 200) throw new Error(`stream refused: ${response.status}`);
  const waiting: { test: (frame: string) => boolean; resolve: (time: number | null) => void }[] = [];
  let last = "";
  const decoder = new TextDecoder();
  let buffer = "";
  void (async () => {
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end = buffer.indexOf("\n\n");
        while (end >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (frame.includes("data: ")) {
            last = frame;
            const now = performance.now();
            for (let i = waiting.length - 1; i >= 0; i--) {
              const waiter = waiting[i];
              if (waiter?.test(frame)) {
                waiting.splice(i, 1);
                waiter.resolve(now);
              }
            }
          }
          end = buffer.indexOf("\n\n");
        }
      }
    } catch {
      // aborted at the end of the run
    }
  })();
  const wait = (test: (frame: string) => boolean, timeoutMs: number) =>
    new Promise<number | null>((resolve) => {
      const waiter = { test, resolve };
      waiting.push(waiter);
      setTimeout(() => {
        const index = waiting.indexOf(waiter);
        if (index >= 0) {
          waiting.splice(index, 1);
          resolve(null);
        }
      }, timeoutMs).unref();
    });
  return {
    waitFor: (marker, timeoutMs) => wait((frame) => frame.includes(marker), timeoutMs),
    lastTallyTotal() {
      const data = /^data: (.*)$/m.exec(last)?.[1];
      if (!data) return 0;
      const view = JSON.parse(data) as { tallies: Record<string, { consent: number; concern: number }> };
      return Object.values(view.tallies).reduce((sum, tally) => sum + tally.consent + tally.concern, 0);
    },
    close: () => controller.abort(),
  };
}
