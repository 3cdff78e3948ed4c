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

/** What some examples must print besides the mock-server line (their observable result). */
const prints: Record<string, Array<string | RegExp>> = {
  "batch-run.ts": [
    "first answer: request-1: echo: What is 0 + 0?",
    "1000 answered, 1 failed",
    /request-1001: api 404 The model `gpt-nope` does not exist/,
    "progress: 1001/1001 done (1 failed) in 3 batches [collected, collected, collected]",
  ],
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
      for (const expected of prints[name] ?? []) {
        if (typeof expected === "string") expect(stdout).toContain(expected);
        else expect(stdout).toMatch(expected);
      }
    }, 90_000);
  }
});
