/**
 * Many requests through the Batch API with one call: `batchRun` shards them into batches, uploads,
 * polls (printing a progress line), reads the results back in input order, and keeps a state file
 * so an interrupted run resumes where it stopped. With OPENAI_API_KEY set it runs a real (small)
 * batch, which can take up to 24 hours; without, it starts the mock server, where 1 001 requests
 * (one with a model that does not exist) finish in three batches within a second.
 *
 *   npx tsx examples/batch-run.ts
 */
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { batchRun, type BatchRunProgress, type Config } from "../src/index";
import { startMockServer, type MockServer } from "../src/testing/index";

let server: MockServer | undefined;
let config: Config = {};
if (process.env.OPENAI_API_KEY) {
  console.log("OPENAI_API_KEY is set: running a real batch (it may take a while).");
} else {
  server = await startMockServer();
  config = { apiUrl: server.url };
  console.log(`No OPENAI_API_KEY: using the mock server at ${server.url} (set the key to call the real API).`);
}

const count = server ? 1_000 : 3;
const prompts = Array.from({ length: count }, (_, index) => ({ model: "gpt-4o-mini", messages: [{ role: "user", content: `What is ${index} + ${index}?` }] }));
// On the mock server a model name containing "nope" does not exist: that request comes back as an error.
if (server) prompts.push({ model: "gpt-nope", messages: [{ role: "user", content: "Which model am I?" }] });

const statePath = join(tmpdir(), `openai-ex-batch-run-${process.pid}.json`);
let lastLine = "";
const onProgress = ({ shards, completed, failed, total, batches }: BatchRunProgress) => {
  const line = `progress: ${completed + failed}/${total} done (${failed} failed) in ${shards} batches [${batches.map((batch) => batch.status).join(", ")}]`;
  if (line !== lastLine) console.log((lastLine = line));
};

let answered = 0;
const failures: string[] = [];
let firstAnswer = "";
let stopped = "";
const options = {
  endpoint: "/v1/chat/completions",
  statePath,
  onProgress,
  // The mock: small batches, each phase lasting 3 polls, polled every 5 ms. Real batches: the defaults (50 000 per batch, 30 s).
  ...(server ? { maxRequestsPerBatch: 400, pollInterval: 5, maxPollInterval: 5, metadata: { mock_ticks: "3" } } : {}),
} as const;
for await (const [status, item] of batchRun(prompts, options, config)) {
  if (status === "ok") {
    answered++;
    firstAnswer ||= `${item.custom_id}: ${item.response.body.choices[0]?.message.content}`;
  } else if (item.custom_id) failures.push(`${item.custom_id}: ${item.kind} ${item.message}`);
  else stopped = item.message; // the run itself failed: the state file lets a second run resume
}

console.log(`first answer: ${firstAnswer}`);
console.log(`${answered} answered, ${failures.length} failed`);
for (const failure of failures) console.log(`  ${failure}`);
if (stopped) console.error(`the run stopped: ${stopped} (run again to resume from ${statePath})`);
else await rm(statePath, { force: true });
await server?.close();
process.exitCode = stopped ? 1 : 0;
