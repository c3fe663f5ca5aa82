import { defineConfig } from "vitest/config";

// `npm run test:faults`: the whole fault-injection suite (docs/faults.md). Its own config, like the main
// one (vitest.config.ts), so that vitest does not load the React Router Vite plugin.
export default defineConfig({
  test: {
    include: ["tests/faults/**/*.test.ts"],
    environment: "node",
    testTimeout: 180_000,
    hookTimeout: 60_000,
    // Each file runs child servers and many clients; two files at once fill the two cores.
    maxWorkers: 2,
    expect: { poll: { timeout: 15_000, interval: 50 } },
  },
});
