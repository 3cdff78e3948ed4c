import { describe, expectTypeOf, it } from "vitest";
import {
  assistants,
  batches,
  files,
  fineTuningJobs,
  fineTuningJobsCheckpoints,
  fineTuningJobsEvents,
  filesContent,
  filesDownload,
  paginate,
  responsesCreate,
  responsesDelete,
  responsesInputItems,
  threadMessages,
  vectorStoreFileContent,
  vectorStoresSearch,
  type Assistant,
  type Batch,
  type EventStream,
  type FileDownload,
  type FineTuningJob,
  type FineTuningJobList,
  type FineTuningJobCheckpoint,
  type FineTuningJobEvent,
  type OpenAIFile,
  type Result,
  type ResponseDeleted,
  type ResponseItem,
  type ResponseObject,
  type ResponseStreamEvent,
  type StreamItem,
  type ThreadMessage,
} from "../../src/index";

describe("paginate item types follow the list function", () => {
  it("params-first list functions with a retrieve overload", () => {
    expectTypeOf(paginate(fineTuningJobs, { limit: 10 })).toEqualTypeOf<AsyncIterable<StreamItem<FineTuningJob>>>();
    expectTypeOf(paginate(batches)).toEqualTypeOf<AsyncIterable<StreamItem<Batch>>>();
    expectTypeOf(paginate(assistants, {}, { apiKey: "sk" })).toEqualTypeOf<AsyncIterable<StreamItem<Assistant>>>();
  });

  it("id-first list functions", () => {
    expectTypeOf(paginate(fineTuningJobsEvents, "ftjob-1")).toEqualTypeOf<AsyncIterable<StreamItem<FineTuningJobEvent>>>();
    expectTypeOf(paginate(fineTuningJobsCheckpoints, "ftjob-1", { limit: 5 })).toEqualTypeOf<AsyncIterable<StreamItem<FineTuningJobCheckpoint>>>();
    expectTypeOf(paginate(responsesInputItems, "resp_1", {}, {})).toEqualTypeOf<AsyncIterable<StreamItem<ResponseItem>>>();
    expectTypeOf(paginate(threadMessages, "thread_1")).toEqualTypeOf<AsyncIterable<StreamItem<ThreadMessage>>>();
  });

  it("items narrow on the status", async () => {
    for await (const [status, item] of paginate(batches, { limit: 2 })) {
      if (status === "error") expectTypeOf(item.kind).toBeString();
      else expectTypeOf(item.status).toEqualTypeOf<Batch["status"]>();
    }
  });

  it("arguments are checked against the list form", () => {
    // @ts-expect-error the list form takes params, not a number
    paginate(fineTuningJobs, 42);
    // @ts-expect-error an id-first list function needs its id
    paginate(fineTuningJobsEvents, { limit: 2 });
    // @ts-expect-error a function that returns no list page cannot be paginated
    paginate(responsesDelete, "resp_1");
    // @ts-expect-error pages cursored by a next_page token cannot be walked with `after`
    paginate(vectorStoresSearch, "vs_1", { query: "q" });
    // @ts-expect-error the same for a file's parsed content
    paginate(vectorStoreFileContent, "vs_1", "file-1");
  });

  it("files: the first argument may be params or a config", () => {
    expectTypeOf(paginate(files)).toEqualTypeOf<AsyncIterable<StreamItem<OpenAIFile>>>();
    expectTypeOf(paginate(files, { purpose: "batch", limit: 100 })).toEqualTypeOf<AsyncIterable<StreamItem<OpenAIFile>>>();
    expectTypeOf(paginate(files, { apiKey: "sk" })).toEqualTypeOf<AsyncIterable<StreamItem<OpenAIFile>>>();
  });
});

describe("responsesCreate overloads follow the stream flag", () => {
  it("stream: true gives an EventStream of typed events", () => {
    expectTypeOf(responsesCreate({ model: "gpt-4o-mini", input: "Hi", stream: true })).toEqualTypeOf<Promise<Result<EventStream<ResponseStreamEvent>>>>();
  });

  it("no stream, or stream: false, gives the response", () => {
    expectTypeOf(responsesCreate({ model: "gpt-4o-mini", input: "Hi" })).toEqualTypeOf<Promise<Result<ResponseObject>>>();
    expectTypeOf(responsesCreate({ model: "gpt-4o-mini", input: "Hi", stream: false })).toEqualTypeOf<Promise<Result<ResponseObject>>>();
  });

  it("a boolean flag gives the union", () => {
    const flag = Math.random() > 0.5;
    expectTypeOf(responsesCreate({ model: "gpt-4o-mini", stream: flag })).toEqualTypeOf<Promise<Result<ResponseObject | EventStream<ResponseStreamEvent>>>>();
  });

  it("stream events narrow on type", () => {
    const event = {} as ResponseStreamEvent;
    if (event.type === "response.output_text.delta") expectTypeOf(event.delta).toBeString();
    // ResponseObject is the flattened form of the event's spec type: each is assignable to the other.
    if (event.type === "response.completed") expectTypeOf(event.response).toExtend<ResponseObject>();
    if (event.type === "response.completed") expectTypeOf<ResponseObject>().toExtend<typeof event.response>();
    if (event.type === "response.function_call_arguments.delta") expectTypeOf(event.item_id).toBeString();
    if (event.type === "error") expectTypeOf(event.message).toBeString();
  });
});

describe("file content", () => {
  it("filesContent is bytes and filesDownload a FileDownload", () => {
    expectTypeOf(filesContent("file-1")).toEqualTypeOf<Promise<Result<Uint8Array>>>();
    expectTypeOf(filesDownload("file-1", "./out.jsonl")).toEqualTypeOf<Promise<Result<FileDownload>>>();
    expectTypeOf(fineTuningJobs()).toEqualTypeOf<Promise<Result<FineTuningJobList>>>();
    expectTypeOf(responsesDelete("r")).toEqualTypeOf<Promise<Result<ResponseDeleted>>>();
  });
});
