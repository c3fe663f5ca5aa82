/**
 * The generator processes of one scenario run, seen from the benchmark process. The clients are spread
 * over the processes round-robin, so that every document has observers in every process and no single
 * process carries a hot document alone.
 */
import { type ChildProcess, fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { ClientAssignment, FromGenerator, GeneratorReport, ToGenerator } from "./generator-protocol";
import type { KeySchedule } from "./schedule";

const GENERATOR = fileURLToPath(new URL("./generator.ts", import.meta.url));

export class GeneratorPool {
  private constructor(private readonly processes: ChildProcess[]) {}

  static start(count: number): GeneratorPool {
    const processes = Array.from({ length: count }, () =>
      fork(GENERATOR, [], { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] }),
    );
    return new GeneratorPool(processes);
  }

  /** Connects every client and waits until each has synced; returns how many could not connect. */
  async connect(
    clientModule: string,
    wsUrl: string,
    clients: ClientAssignment[],
  ): Promise<{ failed: number; firstError: string | null }> {
    const documentOfClient = clients.map((client) => client.document);
    const answers = await Promise.all(
      this.processes.map((child, i) =>
        this.ask(child, "connected", {
          type: "connect",
          clientModule,
          wsUrl,
          clients: clients.filter((_, index) => index % this.processes.length === i),
          documentOfClient,
        }),
      ),
    );
    return {
      failed: answers.reduce((sum, answer) => sum + answer.failed, 0),
      firstError: answers.find((answer) => answer.firstError)?.firstError ?? null,
    };
  }

  /** Types on the schedule from `startAt` for `durationMs`; resolves with the markers sent per document. */
  async type(options: {
    startAt: number;
    durationMs: number;
    schedule: KeySchedule;
    cursors: boolean;
  }): Promise<Record<string, number>> {
    const answers = await Promise.all(
      this.processes.map((child) => this.ask(child, "typed", { type: "type", ...options })),
    );
    const sent: Record<string, number> = {};
    for (const answer of answers) {
      for (const [document, count] of Object.entries(answer.sentPerDocument))
        sent[document] = (sent[document] ?? 0) + count;
    }
    return sent;
  }

  /** Connects clients at scheduled moments (the join storm); resolves once every one has synced or failed. */
  async join(
    clientModule: string,
    wsUrl: string,
    clients: ClientAssignment[],
    startAt: number,
    offsetsMs: number[],
  ): Promise<{ syncedAfterMs: number[]; lastSyncedAt: number; failed: number; firstError: string | null }> {
    const answers = await Promise.all(
      this.processes.map((child, i) => {
        const mine = clients
          .map((client, index) => ({ client, offset: offsetsMs[index] ?? 0, index }))
          .filter(({ index }) => index % this.processes.length === i);
        return this.ask(child, "joined", {
          type: "join",
          clientModule,
          wsUrl,
          clients: mine.map(({ client }) => client),
          startAt,
          offsetsMs: mine.map(({ offset }) => offset),
        });
      }),
    );
    return {
      syncedAfterMs: answers.flatMap((answer) => answer.syncedAfterMs),
      lastSyncedAt: Math.max(...answers.map((answer) => answer.lastSyncedAt)),
      failed: answers.reduce((sum, answer) => sum + answer.failed, 0),
      firstError: answers.find((answer) => answer.firstError)?.firstError ?? null,
    };
  }

  /** Waits until `expected` markers were received in all, or `timeoutMs` passed; returns the count seen. */
  async drain(expected: number, timeoutMs: number): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const answers = await Promise.all(
        this.processes.map((child) => this.ask(child, "progress", { type: "progress" })),
      );
      const observed = answers.reduce((sum, answer) => sum + answer.observed, 0);
      if (observed >= expected || Date.now() > deadline) return observed;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async reports(): Promise<GeneratorReport[]> {
    const answers = await Promise.all(this.processes.map((child) => this.ask(child, "report", { type: "report" })));
    return answers.map((answer) => answer.report);
  }

  async close(): Promise<void> {
    await Promise.all(
      this.processes.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null) return resolve();
            child.once("exit", () => resolve());
            child.send({ type: "close" } satisfies ToGenerator);
          }),
      ),
    );
  }

  private ask<T extends FromGenerator["type"]>(
    child: ChildProcess,
    answerType: T,
    message: ToGenerator,
  ): Promise<Extract<FromGenerator, { type: T }>> {
    return new Promise((resolve, reject) => {
      const onMessage = (answer: FromGenerator) => {
        if (answer.type !== answerType) return;
        cleanUp();
        resolve(answer as Extract<FromGenerator, { type: T }>);
      };
      const onExit = (code: number | null) => {
        cleanUp();
        reject(new Error(`a generator process exited with ${code}`));
      };
      const cleanUp = () => {
        child.off("message", onMessage);
        child.off("exit", onExit);
      };
      child.on("message", onMessage);
      child.once("exit", onExit);
      child.send(message);
    });
  }
}
