import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: [
      "packages/*/test/**/*.test.ts",
      "apps/*/test/**/*.test.ts",
      "examples/*/test/**/*.test.ts",
      "test/**/*.test.ts",
    ],
    setupFiles: ["./vitest.setup.ts"],
    testTimeout: 60_000,
    // One line per test file and a summary; a single test gets a line of its own when it fails or
    // takes longer than this (the property and build tests take seconds by design).
    slowTestThreshold: 10_000,
    hookTimeout: 120_000,
  },
});
