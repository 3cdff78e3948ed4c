/**
 * File search end to end: upload a document, create a vector store with it, wait until the file is
 * processed, search the store directly, then ask `responsesCreate` with the `file_search` tool.
 * With OPENAI_API_KEY set it calls the real API (and deletes what it created); without, it starts
 * the mock server, where the file is processed after two polls.
 *
 *   npx tsx examples/file-search.ts
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  filesDelete,
  filesUpload,
  responsesCreate,
  vectorStoreFile,
  vectorStoresCreate,
  vectorStoresDelete,
  vectorStoresSearch,
  type Config,
  type VectorStoreFile,
} from "../src/index";
import { startMockServer, type MockServer } from "../src/testing/index";

let server: MockServer | undefined;
let config: Config = {};
let pollMs = 1_000;
if (process.env.OPENAI_API_KEY) {
  console.log("OPENAI_API_KEY is set: using the real API.");
} else {
  server = await startMockServer();
  config = { apiUrl: server.url };
  pollMs = 10;
  console.log(`No OPENAI_API_KEY: using the mock server at ${server.url} (set the key to call the real API).`);
}

const policy = `# Returns and refunds

Items can be returned within 30 days of delivery for a full refund.
Refunds are issued to the original payment method within 5 business days.
Opened software and gift cards cannot be returned.
`;
const question = "How long do I have to return an item, and how is the refund paid?";
const dir = await mkdtemp(join(tmpdir(), "openai-ex-file-search-"));
const cleanup: Array<() => Promise<unknown>> = [];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function run(): Promise<boolean> {
  // 1. Upload the document (purpose "assistants" is what file search reads).
  const path = join(dir, "returns-policy.md");
  await writeFile(path, policy);
  const [uploadStatus, file] = await filesUpload(path, { purpose: "assistants" }, config);
  if (uploadStatus === "error") return fail("filesUpload", file.message);
  cleanup.push(() => filesDelete(file.id, config));
  console.log(`uploaded ${file.filename} as ${file.id} (${file.bytes} bytes)`);

  // 2. A vector store holding it; it expires a day after its last use.
  const [storeStatus, store] = await vectorStoresCreate(
    { name: "Returns policy", file_ids: [file.id], expires_after: { anchor: "last_active_at", days: 1 } },
    config,
  );
  if (storeStatus === "error") return fail("vectorStoresCreate", store.message);
  cleanup.push(() => vectorStoresDelete(store.id, config));
  console.log(`created vector store ${store.id}`);

  // 3. Wait until the file is chunked and embedded.
  let processed: VectorStoreFile | undefined;
  for (let attempt = 0; attempt < 60; attempt++) {
    const [status, vsFile] = await vectorStoreFile(store.id, file.id, config);
    if (status === "error") return fail("vectorStoreFile", vsFile.message);
    console.log(`file ${vsFile.id}: ${vsFile.status}`);
    if (vsFile.status !== "in_progress") {
      processed = vsFile;
      break;
    }
    await sleep(pollMs);
  }
  if (processed?.status !== "completed") return fail("vectorStoreFile", `processing ended ${processed?.status ?? "in_progress (timed out)"}`);

  // 4. Search the store directly.
  const [searchStatus, page] = await vectorStoresSearch(store.id, { query: question, max_num_results: 3 }, config);
  if (searchStatus === "error") return fail("vectorStoresSearch", page.message);
  for (const hit of page.data)
    console.log(
      `hit ${hit.filename} (score ${hit.score.toFixed(2)}): ${hit.content
        .map((part) => part.text)
        .join(" ")
        .slice(0, 100)}`,
    );

  // 5. Let the model answer from the store with the file_search tool.
  const [answerStatus, response] = await responsesCreate(
    { model: "gpt-4o-mini", input: question, tools: [{ type: "file_search", vector_store_ids: [store.id] }] },
    config,
  );
  if (answerStatus === "error") return fail("responsesCreate", response.message);
  const answer = response.output
    .flatMap((item) => (item.type === "message" ? item.content : []))
    .map((part) => (part.type === "output_text" ? part.text : ""))
    .join("");
  console.log(`answer: ${answer}`);
  return answer.length > 0;
}

function fail(step: string, message: string): false {
  console.error(`${step} failed: ${message}`);
  return false;
}

const succeeded = await run();
for (const undo of cleanup.reverse()) await undo();
await rm(dir, { recursive: true, force: true });
await server?.close();
process.exitCode = succeeded ? 0 : 1;
