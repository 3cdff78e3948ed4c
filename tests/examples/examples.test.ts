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

/** What some examples must print against the mock server, beyond naming it. */
const observed: Record<string, string[]> = {
  "structured-output.ts": [
    "event: title on monday with participants at location",
    '{"title":"title","day":"monday","participants":["participants"],"location":"location"}',
  ],
  "tool-loop.ts": ["round 1: get_weather invalid\nround 2: get_weather ok\nround 3: answer\nIt is 21 °C in Paris right now.\n3 rounds, 6 messages"],
};

describe("examples run against the mock server", () => {
  for (const name of examples) {
    it(name, async () => {
      const env = { ...process.env };
      for (const key of Object.keys(env)) if (key.startsWith("OPENAI_")) delete env[key];
      const { stdout } = await run(tsx, [resolve(root, "examples", name)], { cwd: root, env, timeout: 60_000 });
      expect(stdout).toContain("mock server");
      for (const line of observed[name] ?? []) expect(stdout).toContain(line);
    }, 90_000);
  }
});
