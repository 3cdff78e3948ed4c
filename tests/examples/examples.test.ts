/**
 * Every script in examples/ runs to completion against the mock server (no OPENAI_API_KEY: each
 * example starts `startMockServer()` itself) and exits 0.
 */
import { execFile } from "node:child_process";
import { readdirSync } from "node:fs";
import { resolve } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const root = resolve(import.meta.dirname, "../..");
const examples = readdirSync(resolve(root, "examples")).filter((name) => name.endsWith(".ts"));
const tsx = resolve(root, "node_modules/.bin/tsx");

describe("examples run against the mock server", () => {
  for (const name of examples) {
    it(name, async () => {
      const env = { ...process.env };
      for (const key of Object.keys(env)) if (key.startsWith("OPENAI_")) delete env[key];
      const { stdout } = await run(tsx, [resolve(root, "examples", name)], { cwd: root, env, timeout: 60_000 });
      expect(stdout).toContain("mock server");
    }, 90_000);
  }
});
