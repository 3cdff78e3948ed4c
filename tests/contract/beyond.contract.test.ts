import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  batches,
  batchesCancel,
  batchesCreate,
  filesContent,
  filesDownload,
  fineTuningJobs,
  fineTuningJobsCancel,
  fineTuningJobsCheckpoints,
  fineTuningJobsCreate,
  fineTuningJobsEvents,
  paginate,
  responses,
  responsesCancel,
  responsesCreate,
  responsesDelete,
  responsesInputItems,
  type Config,
  type Result,
  type StreamItem,
} from "../../src/index";
import { contractTable } from "./harness";

/**
 * The first item of `paginate` as a Result. Only the first page is requested: Prism answers the
 * same static page every time, so walking on would end, correctly, with a "cursor did not advance" error.
 */
async function first<T>(iterable: AsyncIterable<StreamItem<T>>): Promise<Result<T | undefined>> {
  for await (const item of iterable) return item[0] === "error" ? item : ["ok", item[1], { status: 200, headers: {} }];
  return ["ok", undefined, { status: 200, headers: {} }];
}

const destination = async () => join(await mkdtemp(join(tmpdir(), "openai-ex-contract-")), "content.bin");

contractTable("beyond openai.ex", [
  { name: "filesContent(fileId)", specs: ["latest"], call: (config) => filesContent("file-abc123", config) },
  { name: "filesDownload(fileId, destPath)", specs: ["latest"], call: async (config) => filesDownload("file-abc123", await destination(), config) },
  { name: "fineTuningJobs()", specs: ["latest"], call: (config) => fineTuningJobs({}, config) },
  { name: "fineTuningJobs(params)", specs: ["latest"], call: (config) => fineTuningJobs({ after: "ftjob-abc123", limit: 2 }, config) },
  { name: "fineTuningJobs(jobId)", specs: ["latest"], call: (config) => fineTuningJobs("ftjob-abc123", config) },
  {
    name: "fineTuningJobsCreate(params)",
    specs: ["latest"],
    call: (config) =>
      fineTuningJobsCreate(
        {
          model: "gpt-4o-mini-2024-07-18",
          training_file: "file-abc123",
          suffix: "otters",
          method: { type: "supervised", supervised: { hyperparameters: { n_epochs: 2 } } },
        },
        config,
      ),
  },
  { name: "fineTuningJobsCancel(jobId)", specs: ["latest"], call: (config) => fineTuningJobsCancel("ftjob-abc123", config) },
  { name: "fineTuningJobsEvents(jobId)", specs: ["latest"], call: (config) => fineTuningJobsEvents("ftjob-abc123", undefined, config) },
  {
    name: "fineTuningJobsEvents(jobId, params)",
    specs: ["latest"],
    call: (config) => fineTuningJobsEvents("ftjob-abc123", { limit: 2, after: "ft-event-1" }, config),
  },
  { name: "fineTuningJobsCheckpoints(jobId, params)", specs: ["latest"], call: (config) => fineTuningJobsCheckpoints("ftjob-abc123", { limit: 2 }, config) },
  { name: "batches()", specs: ["latest"], call: (config) => batches({}, config) },
  { name: "batches(params)", specs: ["latest"], call: (config) => batches({ after: "batch_abc123", limit: 2 }, config) },
  { name: "batches(batchId)", specs: ["latest"], call: (config) => batches("batch_abc123", config) },
  {
    name: "batchesCreate(params)",
    specs: ["latest"],
    call: (config) =>
      batchesCreate({ input_file_id: "file-abc123", endpoint: "/v1/chat/completions", completion_window: "24h", metadata: { run: "nightly" } }, config),
  },
  { name: "batchesCancel(batchId)", specs: ["latest"], call: (config) => batchesCancel("batch_abc123", config) },
  { name: "responsesCreate(params)", specs: ["latest"], call: (config) => responsesCreate({ model: "gpt-4o-mini", input: "Tell me a story." }, config) },
  {
    name: "responsesCreate(params) with tools and input items",
    specs: ["latest"],
    call: (config) =>
      responsesCreate(
        {
          model: "gpt-4o-mini",
          instructions: "Answer from the files.",
          // A string content: with content parts the item matches two schemas of the spec's oneOf.
          input: [{ type: "message", role: "user", content: "What is in the handbook?" }],
          tools: [{ type: "file_search", vector_store_ids: ["vs_abc123"] }],
          max_output_tokens: 200,
        },
        config,
      ),
  },
  { name: "responses(responseId)", specs: ["latest"], call: (config) => responses("resp_abc123", config) },
  { name: "responsesDelete(responseId)", specs: ["latest"], call: (config) => responsesDelete("resp_abc123", config) },
  { name: "responsesCancel(responseId)", specs: ["latest"], call: (config) => responsesCancel("resp_abc123", config) },
  { name: "responsesInputItems(responseId)", specs: ["latest"], call: (config) => responsesInputItems("resp_abc123", undefined, config) },
  {
    name: "responsesInputItems(responseId, params)",
    specs: ["latest"],
    call: (config) => responsesInputItems("resp_abc123", { limit: 5, order: "asc" }, config),
  },
  {
    name: "responsesInputItems(responseId, { include })",
    specs: ["latest"],
    call: (config) => responsesInputItems("resp_abc123", { limit: 5, include: ["file_search_call.results", "message.input_image.image_url"] }, config),
  },
  {
    name: "responses(responseId, { include, include_obfuscation, starting_after })",
    specs: ["latest"],
    call: (config) => responses("resp_abc123", { include: ["file_search_call.results"], include_obfuscation: false, starting_after: 0 }, config),
  },
  {
    name: "responses(responseId, { starting_after: not an integer }) → 422 (the params reach the query)",
    specs: ["latest"],
    expect: 422,
    call: (config) => responses("resp_abc123", { starting_after: "x" as never }, config),
  },
  { name: "paginate(batches, params)", specs: ["latest"], call: (config: Config) => first(paginate(batches, { limit: 2 }, config)) },
  {
    name: "paginate(fineTuningJobsEvents, jobId)",
    specs: ["latest"],
    call: (config: Config) => first(paginate(fineTuningJobsEvents, "ftjob-abc123", {}, config)),
  },
  // Negative rows: a missing required field is the server's to reject.
  {
    name: "batchesCreate without input_file_id → 422",
    specs: ["latest"],
    expect: 422,
    call: (config) => batchesCreate({ endpoint: "/v1/chat/completions", completion_window: "24h" } as never, config),
  },
  {
    name: "fineTuningJobsCreate without training_file → 422",
    specs: ["latest"],
    expect: 422,
    call: (config) => fineTuningJobsCreate({ model: "gpt-4o-mini" } as never, config),
  },
]);
