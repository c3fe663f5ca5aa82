import { configDefaults, defineConfig } from "vitest/config";

// A config of its own, so that vitest does not load the React Router Vite plugin.
export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // The long fault-injection tests run with `npm run test:faults` (docs/faults.md); the short ones here.
    exclude: [...configDefaults.exclude, "tests/faults/long/**"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Integration and end-to-end tests start real servers and browsers; two cores run two files at once.
    maxWorkers: 2,
    // How long `expect.poll` waits for a condition in a real browser on a shared, busy machine. Only a
    // failing test waits this long.
    expect: { poll: { timeout: 15_000, interval: 50 } },
  },
});
