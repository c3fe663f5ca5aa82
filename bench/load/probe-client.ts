import type { ChildProcess } from "node:child_process";
import type { ServerSample } from "./target";

interface ProbeAnswer {
  type: "probe-sample";
  at: number;
  cpuMicros: number;
  rssBytes: number;
  eventLoopDelayP99Ms: number;
  eventLoopDelayMaxMs: number;
}

/**
 * Reads the probe of a server child process (started with `--import bench/load/server-probe.mjs` and an
 * IPC channel: stdio including "ipc"). Each call returns the figures since the previous call.
 */
export function probeSampler(child: ChildProcess): () => Promise<ServerSample> {
  let previous: ProbeAnswer | null = null;
  return async () => {
    const answer = await new Promise<ProbeAnswer>((resolve, reject) => {
      const onMessage = (message: unknown) => {
        if ((message as ProbeAnswer | null)?.type !== "probe-sample") return;
        child.off("message", onMessage);
        resolve(message as ProbeAnswer);
      };
      child.on("message", onMessage);
      if (!child.send({ type: "probe-sample" })) reject(new Error("the server's IPC channel is closed"));
    });
    const cpuCores = previous
      ? (answer.cpuMicros - previous.cpuMicros) / 1000 / Math.max(1, answer.at - previous.at)
      : 0;
    previous = answer;
    return {
      cpuCores,
      rssBytes: answer.rssBytes,
      eventLoopDelayP99Ms: answer.eventLoopDelayP99Ms,
      eventLoopDelayMaxMs: answer.eventLoopDelayMaxMs,
    };
  };
}
