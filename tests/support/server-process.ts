import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { TEST_ADMIN, TEST_JOIN_CODE } from "./http-session";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/**
 * The real server as a child process, started exactly as `npm start` starts it (after the build), for
 * tests that kill it. It listens on the port given, or on a free one when `port` is 0; the port is read
 * from the server's own "listening" log line.
 */
export class ServerProcess {
  private child: ChildProcess | null = null;
  port = 0;
  /** Everything the server wrote, for the failure message of a test. */
  readonly output: string[] = [];
  /** `ulimit -f` for the next start, in 512-byte blocks (a full disk without root); null for none. */
  fileSizeLimitBlocks: number | null = null;

  constructor(
    readonly databasePath: string,
    private readonly extraEnv: Record<string, string> = {},
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(port = this.port): Promise<void> {
    const command = [process.execPath, "--enable-source-maps", "build/node/main.js"];
    const limited = ["sh", "-c", `ulimit -f ${this.fileSizeLimitBlocks}; exec "$0" "$@"`, ...command];
    const [file = "", ...args] = this.fileSizeLimitBlocks === null ? command : limited;
    const child = spawn(file, args, {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: "production",
        HOST: "127.0.0.1",
        PORT: String(port),
        DATABASE_PATH: this.databasePath,
        LOG_LEVEL: "info",
        FAHRPLAN_JOIN_CODE: TEST_JOIN_CODE,
        FAHRPLAN_ADMIN_EMAIL: TEST_ADMIN.email,
        FAHRPLAN_ADMIN_PASSWORD: TEST_ADMIN.password,
        ...this.extraEnv,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    this.child = child;
    child.stderr?.on("data", (chunk: Buffer) => this.output.push(chunk.toString()));
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    const listening = new Promise<number>((resolve, reject) => {
      lines.on("line", (line) => {
        this.output.push(line);
        const entry = parseLogLine(line);
        if (entry?.msg === "Fahrplan is listening" && typeof entry.port === "number") resolve(entry.port);
      });
      child.once("exit", (code) => reject(new Error(`server exited with ${code}:\n${this.output.join("\n")}`)));
    });
    this.port = await listening;
  }

  /** Sends a signal that does not end the process (SIGSTOP, SIGCONT). */
  signal(signal: NodeJS.Signals): void {
    if (!this.child?.kill(signal)) throw new Error(`could not send ${signal}: the server is not running`);
  }

  /** Whether the child process is still there (it has neither exited nor been killed). */
  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Sends a signal and resolves with the exit code (null when killed by the signal). */
  async stop(signal: NodeJS.Signals = "SIGTERM"): Promise<number | null> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return child?.exitCode ?? null;
    const exited = once(child, "exit") as Promise<[number | null, NodeJS.Signals | null]>;
    child.kill(signal);
    const [code] = await exited;
    this.child = null;
    return code;
  }
}

function parseLogLine(line: string): Record<string, unknown> | null {
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    return null;
  }
}
