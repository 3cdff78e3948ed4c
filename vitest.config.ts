import { defineConfig } from "vitest/config";

// Two projects: "unit" talks to the loopback mock server (and type-checks *.test-d.ts files);
// "contract" sends every function's request through Prism against OpenAI's official specs.
export default defineConfig({
  test: {
    reporters: process.env.CI ? ["default", ["json", { outputFile: "reports/vitest.json" }]] : ["default"],
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/**/*.test.ts"],
          exclude: ["tests/contract/**", "node_modules/**"],
          testTimeout: 20_000,
          setupFiles: ["tests/_helpers/cleanEnv.ts"],
          typecheck: { enabled: true, include: ["tests/**/*.test-d.ts"], tsconfig: "tsconfig.json" },
        },
      },
      {
        test: {
          name: "contract",
          include: ["tests/contract/**/*.test.ts"],
          globalSetup: ["tests/contract/prismSetup.ts"],
          testTimeout: 30_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
