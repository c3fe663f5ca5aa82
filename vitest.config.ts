import { defineConfig } from "vitest/config";

// A config of its own, so that vitest does not load the React Router Vite plugin.
export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Integration and end-to-end tests start real servers and browsers; two cores run two files at once.
    maxWorkers: 2,
  },
});
