import { defineConfig } from "vitest/config";

// The unit tests Stryker runs against each mutant (`npm run mutate`). Left out: the type tests (no
// runtime code), and suites that spawn processes, change the working directory (worker threads
// cannot `process.chdir`), stream 64 MiB or run for tens of seconds: tests/examples, tests/docs,
// tests/edge, and tests/reliability except faults.test.ts. tests/api/fileInputs.test.ts is left out
// too: as root, its permission test runs a child process as "nobody", who cannot read Stryker's
// sandbox (a 0700 temporary directory). tests/types/coverage.test.ts compares a generated test file with
// its committed copy, which Stryker's sandbox prefixes with `// @ts-nocheck`; it runs no library code.
export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: [
      "tests/contract/**",
      "tests/examples/**",
      "tests/docs/**",
      "tests/edge/**",
      "tests/api/fileInputs.test.ts",
      "tests/types/**",
      "tests/reliability/load.test.ts",
      "tests/reliability/neverThrows.test.ts",
      "tests/reliability/secrets.test.ts",
      "tests/reliability/uploads.test.ts",
      "node_modules/**",
    ],
    testTimeout: 20_000,
    // Stryker switches mutants at run time, so modules need not be loaded afresh for each test file:
    // sharing them makes a mutant's run several times faster.
    isolate: false,
    setupFiles: ["tests/_helpers/cleanEnv.ts"],
  },
});
