/**
 * Every script in examples/ runs to completion against the mock server (no OPENAI_API_KEY: each
 * example starts `startMockServer()` itself), exits 0 and prints exactly the results listed below
 * (ports, request ids, temporary directories and batch ids masked): an example whose call fails
 * and prints "delete failed: …" instead of its result fails here.
 */
import { execFile, spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import { resolve } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { startMockServer } from "../../src/testing/index";

const run = promisify(execFile);
const root = resolve(import.meta.dirname, "../..");
const examples = readdirSync(resolve(root, "examples")).filter((name) => name.endsWith(".ts"));
const tsx = resolve(root, "node_modules/.bin/tsx");

const RESPONSE_ID = "resp_67ccd2bed1ec8190b14f964abc0542670bb6a6b452d3795b";
const RESPONSE_TEXT = "In a peaceful grove beneath a silver moon, a unicorn named Lumina discovered a hidden pool that reflected the stars.";
const NO_SIGNATURE =
  "No webhook-signature matches the body: the body was changed (verify the raw bytes, not re-serialised JSON) or the secret is not this endpoint's";

/** What each example prints after its "using the mock server" line; a new example needs an entry. */
const EXPECTED: Record<string, string[]> = {
  "assistant-tool-call.ts": [
    "assistant asst_abc123 created",
    "run run_abc123: queued",
    'tool call get_weather({"location":"San Francisco, CA","unit":"c"}) → {"location":"San Francisco, CA","temperature":"22°C","sky":"sunny"}',
    "run run_abc123: completed",
    "assistant: It is 22°C and sunny in San Francisco.",
  ],
  "batch-run.ts": [
    "first answer: request-1: echo: What is 0 + 0?",
    "1000 answered, 1 failed",
    "  request-1001: api 404 The model `gpt-nope` does not exist or you do not have access to it. (batch batch_ID, request-1001)",
    "progress: 1001/1001 done (1 failed) in 3 batches [collected, collected, collected]",
  ],
  "batch.ts": [
    "uploaded requests.jsonl as file-ID",
    "batch batch_ID: validating",
    "batch batch_ID: in_progress",
    "batch batch_ID: finalizing",
    "batch batch_ID: completed",
    "downloaded 1460 bytes to TMP/results.jsonl",
    "request-1 (What is the capital of France?) → echo: What is the capital of France?",
    "request-2 (Who wrote Hamlet?) → echo: Who wrote Hamlet?",
    "request-3 (Where was the 2020 World Series played?) → echo: Where was the 2020 World Series played?",
  ],
  "chat.ts": ["The 2020 World Series was played at Globe Life Field in Arlington, Texas due to the COVID-19 pandemic.", "tokens: 82, request id: req_mock_ID"],
  "demo.ts": [
    "models: 16 available, e.g. gpt-4o-mini, gpt-4o, gpt-4.1-mini",
    "chat: The 2020 World Series was played at Globe Life Field in Arlington, Texas due to the COVID-19 pandemic.",
    "embedding: 1536 dimensions",
    'error tuple: ["error",{"kind":"api","status":404,"message":"404 The model `gpt-nonexistent` does not exist or you do not have access to it. (POST /chat/completions)"}]',
  ],
  "error-handling.ts": [
    "OpenAI said 404 (model_not_found): The model `gpt-nonexistent` does not exist or you do not have access to it.",
    'bad argument params: params has the config key "apiKey" beside other fields: pass the config as its own argument after the params, e.g. (params, { apiKey })',
    "cannot read ./no-such-file.mp3",
    "no answer within 1 ms",
    "models available: 16",
    "error kinds seen: api, argument, file, timeout",
  ],
  "file-search.ts": [
    "uploaded returns-policy.md as file-123 (216 bytes)",
    "created vector store vs_abc123",
    "file file-123: in_progress",
    "file file-123: completed",
    "hit returns.md (score 0.95): Items can be returned within 30 days of delivery for a full refund.",
    "hit notes.txt (score 0.89): Refunds are issued to the original payment method.",
    "answer: The attributes of an ancient brown dragon include its considerable size, a burrowing speed, and a sand-breath weapon.",
  ],
  "files.ts": [
    "uploaded training.jsonl as file-123 (86 bytes)",
    "1 file(s) in the account",
    'downloaded 208 bytes to TMP/copy.jsonl: {"messages":[{"role":"user","content":"What is the capital o…',
    "deleted file-123: true",
  ],
  "image-edit-mask.ts": ["https://oaidalleapiprodscus.blob.core.windows.net/private/img-abc.png"],
  "structured-output.ts": [
    "event: title on monday with participants at location",
    '{"title":"title","day":"monday","participants":["participants"],"location":"location"}',
  ],
  "partial-images.ts": [
    "partial 0: 70 bytes → TMP/otter-partial-0.png",
    "partial 1: 70 bytes → TMP/otter-partial-1.png",
    "final image: 70 bytes → TMP/otter.png (1250 tokens)",
  ],
  "stream-chat.ts": ["The 2020 World Series was played at Globe Life Field in Arlington, Texas due to the COVID-19 pandemic.", "(82 tokens)"],
  "tenant-config.ts": [
    "acme: The 2020 World Series was played at Globe Life Field in Arlington, Texas due to the COVID-19 pandemic.",
    "globex: The 2020 World Series was played at Globe Life Field in Arlington, Texas due to the COVID-19 pandemic.",
  ],
  "tool-loop.ts": ["round 1: get_weather invalid", "round 2: get_weather ok", "round 3: answer", "It is 21 °C in Paris right now.", "3 rounds, 6 messages"],
  "webhook-receiver.ts": [
    `response ${RESPONSE_ID} completed: ${RESPONSE_TEXT}`,
    "  response.completed → 200",
    "batch batch_ID completed: 95/100 requests ok, results in file-cvaTdG",
    "  batch.completed → 200",
    "ignored fine_tuning.job.succeeded",
    "  fine_tuning.job.succeeded → 200",
    `refused (signature): ${NO_SIGNATURE}`,
    "  a forged event → 400",
    "already handled wh_ID",
    "  the first one again → 200",
  ],
  "transcription.ts": [
    "text: I've seen things you people wouldn't believe..",
    "srt:",
    "1",
    "00:00:00,000 --> 00:00:03,200",
    "I've seen things you people wouldn't believe..",
  ],
};

/** The output with what changes from run to run masked. */
function masked(stdout: string): string[] {
  const text = stdout
    .replace(/127\.0\.0\.1:\d+/g, "127.0.0.1:PORT")
    .replace(/req_mock_\w+/g, "req_mock_ID")
    .replace(/\/\S*?openai-ex-[\w-]+?-\w{6}\//g, "TMP/")
    .replace(/batch_\w+/g, "batch_ID")
    .replace(/\bfile-[a-z0-9]{10}\b/g, "file-ID") // ids the mock's Batch API makes up
    .replace(/\bwh_[0-9a-f]{32}\b/g, "wh_ID"); // random webhook ids
  const lines = text.replace(/\n+$/, "").split("\n");
  // Progress lines depend on timing: only the last one is compared.
  const progress = lines.filter((line) => line.startsWith("progress: "));
  return [...lines.filter((line) => !line.startsWith("progress: ")), ...progress.slice(-1)];
}

describe("examples run against the mock server", () => {
  for (const name of examples) {
    it(
      name,
      async () => {
        const env = { ...process.env };
        for (const key of Object.keys(env)) if (key.startsWith("OPENAI_")) delete env[key];
        const { stdout } = await run(tsx, [resolve(root, "examples", name)], { cwd: root, env, timeout: 60_000 });
        const [target, ...results] = masked(stdout);
        expect(target).toBe("No OPENAI_API_KEY: using the mock server at http://127.0.0.1:PORT/v1 (set the key to call the real API).");
        expect(EXPECTED[name], `add the expected output of examples/${name} to EXPECTED`).toBeDefined();
        expect(results).toEqual(EXPECTED[name]);
      },
      90_000,
    );
  }
});

describe("examples/webhook-receiver.ts as a server, driven through the mock's POST /__mock/webhooks", () => {
  it("answers 200 to a signed event and handles it, 400 to a forged one, and stops on SIGTERM", async () => {
    const secret = `whsec_${Buffer.from("the endpoint's secret, for this test").toString("base64")}`;
    const env: NodeJS.ProcessEnv = { ...process.env };
    for (const key of Object.keys(env)) if (key.startsWith("OPENAI_")) delete env[key];
    const child = spawn(tsx, [resolve(root, "examples/webhook-receiver.ts")], { cwd: root, env: { ...env, OPENAI_WEBHOOK_SECRET: secret, PORT: "0" } });
    let stdout = "";
    const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
    const listening = new Promise<string | undefined>((resolve) => {
      child.stdout.on("data", (chunk: Buffer) => {
        stdout += chunk.toString("utf8");
        const url = /listening on (http:\S+)/.exec(stdout)?.[1];
        if (url) resolve(url);
      });
      void exited.then(() => resolve(undefined)); // an example that dies early fails below, not by timing out
    });
    const sender = await startMockServer();
    try {
      const url = await listening;
      expect(url, stdout).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/webhook$/);
      const deliver = async (body: object) => {
        const reply = await fetch(`${sender.origin}/__mock/webhooks`, { method: "POST", body: JSON.stringify({ url, ...body }) });
        return [reply.status, await reply.json()];
      };
      expect(await deliver({ secret, type: "batch.completed", id: "wh_test_1" })).toEqual([200, expect.objectContaining({ status: 200, answer: "" })]);
      expect(await deliver({ secret, type: "response.completed", id: "wh_test_2" })).toEqual([200, expect.objectContaining({ status: 200 })]);
      const forged = `whsec_${Buffer.from("someone else's secret").toString("base64")}`;
      expect(await deliver({ secret: forged, type: "batch.completed" })).toEqual([200, expect.objectContaining({ status: 400, answer: NO_SIGNATURE })]);
      const stale = Math.floor(Date.now() / 1000) - 3600;
      expect(await deliver({ secret, type: "batch.completed", timestamp: stale })).toEqual([200, expect.objectContaining({ status: 400 })]);
      expect(await deliver({ secret, type: "batch.completed", id: "wh_test_1" })).toEqual([200, expect.objectContaining({ status: 200 })]);
    } finally {
      child.kill("SIGTERM");
      await exited;
      await sender.close();
    }
    expect(masked(stdout)).toEqual([
      "No OPENAI_API_KEY: using the mock server at http://127.0.0.1:PORT/v1 (set the key to call the real API).",
      "listening on http://127.0.0.1:PORT/webhook",
      "batch batch_ID completed: 95/100 requests ok, results in file-cvaTdG",
      `response ${RESPONSE_ID} completed: ${RESPONSE_TEXT}`,
      `refused (signature): ${NO_SIGNATURE}`,
      // 3601 when a second turns between the test's clock and the receiver's.
      expect.stringMatching(
        /^refused \(timestamp\): The webhook-timestamp is 360[01] s old, beyond the 300 s tolerance \(a replayed request, or a wrong clock\)$/,
      ),
      "already handled wh_test_1",
    ]);
  }, 90_000);
});
