/**
 * Preloaded into every server under test (`node --import ./bench/load/server-probe.mjs …`), ours and the
 * references alike, so that CPU, memory and event-loop delay are read the same way for all of them. The
 * benchmark process asks over the IPC channel; the answer covers the time since the previous question.
 */
import { monitorEventLoopDelay } from "node:perf_hooks";

const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();

if (process.send) {
  process.on("message", (message) => {
    if (message?.type !== "probe-sample") return;
    const cpu = process.cpuUsage();
    process.send({
      type: "probe-sample",
      at: performance.timeOrigin + performance.now(),
      cpuMicros: cpu.user + cpu.system,
      rssBytes: process.memoryUsage.rss(),
      eventLoopDelayP99Ms: delay.percentile(99) / 1e6,
      eventLoopDelayMaxMs: delay.max / 1e6,
    });
    delay.reset();
  });
  // The IPC channel must not keep a server alive that was asked to stop.
  process.channel?.unref();
}
