/**
 * A batch end to end: write a JSONL of chat requests, upload it with purpose `batch`, create the
 * batch, poll until it reaches a final status, download the output file and print the answers.
 * With OPENAI_API_KEY set it calls the real API (a real batch can take up to 24 hours); without,
 * it starts the mock server, where the batch completes after two polls.
 *
 *   npx tsx examples/batch.ts
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  batches,
  batchesCreate,
  filesDownload,
  filesUpload,
  type BatchFinalStatus,
  type BatchResultLine,
  type ChatCompletion,
  type Config,
} from "../src/index";
import { startMockServer, type MockServer } from "../src/testing/index";

let server: MockServer | undefined;
let config: Config = {};
let pollMs = 30_000;
if (process.env.OPENAI_API_KEY) {
  console.log("OPENAI_API_KEY is set: running a real batch (it may take a while).");
} else {
  server = await startMockServer();
  config = { apiUrl: server.url };
  pollMs = 10;
  console.log(`No OPENAI_API_KEY: using the mock server at ${server.url} (set the key to call the real API).`);
}

const questions = ["What is the capital of France?", "Who wrote Hamlet?", "Where was the 2020 World Series played?"];
const dir = await mkdtemp(join(tmpdir(), "openai-ex-batch-"));
const final: BatchFinalStatus[] = ["completed", "failed", "expired", "cancelled"];

async function run(): Promise<boolean> {
  // 1. One request per line; custom_id ties each result back to its question.
  const lines = questions.map((content, index) =>
    JSON.stringify({
      custom_id: `request-${index + 1}`,
      method: "POST",
      url: "/v1/chat/completions",
      body: { model: "gpt-4o-mini", messages: [{ role: "user", content }] },
    }),
  );
  const inputPath = join(dir, "requests.jsonl");
  await writeFile(inputPath, `${lines.join("\n")}\n`);

  const [uploadStatus, file] = await filesUpload(inputPath, { purpose: "batch" }, config);
  if (uploadStatus === "error") return fail("filesUpload", file.message);
  console.log(`uploaded ${file.filename} as ${file.id}`);

  const [createStatus, created] = await batchesCreate({ input_file_id: file.id, endpoint: "/v1/chat/completions", completion_window: "24h" }, config);
  if (createStatus === "error") return fail("batchesCreate", created.message);
  console.log(`batch ${created.id}: ${created.status}`);

  // 2. Poll until a final status.
  let batch = created;
  while (!(final as string[]).includes(batch.status)) {
    await new Promise((resolve) => setTimeout(resolve, pollMs));
    const [status, polled] = await batches(batch.id, config);
    if (status === "error") return fail("batches", polled.message);
    batch = polled;
    console.log(`batch ${batch.id}: ${batch.status}`);
  }
  if (batch.status !== "completed" || !batch.output_file_id) return fail("batch", `ended ${batch.status}`);

  // 3. Stream the output file to disk and read the results.
  const [downloadStatus, saved] = await filesDownload(batch.output_file_id, join(dir, "results.jsonl"), config);
  if (downloadStatus === "error") return fail("filesDownload", saved.message);
  console.log(`downloaded ${saved.bytes} bytes to ${saved.path}`);
  const results = (await readFile(saved.path, "utf8"))
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as BatchResultLine<ChatCompletion>);
  for (const result of results) {
    const question = questions[Number(result.custom_id.replace("request-", "")) - 1];
    const answer = result.response?.body.choices[0]?.message.content ?? `error: ${result.error?.message}`;
    console.log(`${result.custom_id} (${question}) → ${answer}`);
  }
  return results.length === questions.length;
}

function fail(step: string, message: string): false {
  console.error(`${step} failed: ${message}`);
  return false;
}

const succeeded = await run();
await rm(dir, { recursive: true, force: true });
await server?.close();
process.exitCode = succeeded ? 0 : 1;
