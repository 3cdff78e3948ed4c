import { describe, expect, it } from "vitest";
import {
  assistants,
  batches,
  files,
  fineTuningJobs,
  fineTuningJobsEvents,
  paginate,
  responsesInputItems,
  threadMessages,
  type OpenAIError,
  type StreamItem,
} from "../../src/index";
import ftjobEvents from "../../fixtures/ftjob_events.json";
import inputItems from "../../fixtures/response_input_items.json";
import { useMockServer } from "../_helpers/mock";

const mock = useMockServer();

async function collect<T>(iterable: AsyncIterable<StreamItem<T>>): Promise<Array<StreamItem<T>>> {
  const items: Array<StreamItem<T>> = [];
  for await (const item of iterable) items.push(item);
  return items;
}

describe("paginate", () => {
  it("walks every page of a params-first list function, with the cursor in the query", async () => {
    const items = await collect(paginate(fineTuningJobs, { limit: 2 }, mock.config()));
    expect(items.map(([, job]) => (job as { id: string }).id)).toEqual(["ftjob-abc123", "ftjob-def456", "ftjob-ghi789"]);
    expect(items.every(([status]) => status === "ok")).toBe(true);
    expect(mock.server.requests.map((request) => request.query)).toEqual([{ limit: "2" }, { limit: "2", after: "ftjob-def456" }]);
  });

  it("walks an id-first list function, inserting { after } after the ids and keeping the config last", async () => {
    const items = await collect(paginate(responsesInputItems, "resp_abc123", { limit: 1 }, mock.config()));
    expect(items).toEqual(inputItems.data.map((item) => ["ok", item]));
    expect(mock.server.requests.map((request) => `${request.path}?${new URLSearchParams(request.query as Record<string, string>)}`)).toEqual([
      "/responses/resp_abc123/input_items?limit=1",
      "/responses/resp_abc123/input_items?limit=1&after=msg_abc123",
      "/responses/resp_abc123/input_items?limit=1&after=msg_abc124",
    ]);
    // Without params the cursor is inserted at the params position; the config keeps its place.
    process.env.OPENAI_API_KEY = "sk-env-key-0123456789";
    process.env.OPENAI_BASE_URL = mock.server.url;
    try {
      mock.server.reset();
      mock.server.on(
        "GET /responses/:id/input_items",
        { body: { object: "list", data: inputItems.data.slice(0, 1), has_more: true, last_id: "msg_abc123" } },
        1,
      );
      const short = await collect(paginate(responsesInputItems, "resp_abc123"));
      expect(short).toHaveLength(3);
      expect(mock.server.requests.map((request) => request.query)).toEqual([{}, { after: "msg_abc123" }]);
    } finally {
      delete process.env.OPENAI_API_KEY;
      delete process.env.OPENAI_BASE_URL;
    }
  });

  it("walks files, whose first argument is params or a config", async () => {
    const page = (ids: string[], hasMore: boolean) => ({ body: { object: "list", data: ids.map((id) => ({ id, object: "file" })), has_more: hasMore } });
    // The newest override answers first.
    mock.server.on("GET /files", page(["file-3"], false), 1);
    mock.server.on("GET /files", page(["file-1", "file-2"], true), 1);
    const items = await collect(paginate(files, mock.config()));
    expect(items).toEqual([
      ["ok", { id: "file-1", object: "file" }],
      ["ok", { id: "file-2", object: "file" }],
      ["ok", { id: "file-3", object: "file" }],
    ]);
    expect(mock.server.requests.map((request) => request.query)).toEqual([{}, { after: "file-2" }]);
    mock.server.reset();
    mock.server.on("GET /files", page(["file-4"], false), 1);
    expect(await collect(paginate(files, { purpose: "batch", limit: 1 }, mock.config()))).toEqual([["ok", { id: "file-4", object: "file" }]]);
    expect(mock.server.lastRequest()?.query).toEqual({ purpose: "batch", limit: "1" });
  });

  it("puts the cursor in the params slot, not in an empty config further right", async () => {
    const page = (ids: string[], hasMore: boolean) => ({
      body: { object: "list", data: ids.map((id) => ({ id, object: "batch" })), has_more: hasMore, last_id: ids.at(-1) },
    });
    mock.server.on("GET /batches", page(["batch_3"], false), 1);
    mock.server.on("GET /batches", page(["batch_1", "batch_2"], true), 1);
    process.env.OPENAI_API_KEY = "sk-env-key-0123456789";
    process.env.OPENAI_BASE_URL = mock.server.url;
    try {
      const items = await collect(paginate(batches, undefined, {}));
      expect(items.map(([status, item]) => [status, (item as { id?: string }).id])).toEqual([
        ["ok", "batch_1"],
        ["ok", "batch_2"],
        ["ok", "batch_3"],
      ]);
      expect(mock.server.requests.map((request) => request.query)).toEqual([{}, { after: "batch_2" }]);
    } finally {
      delete process.env.OPENAI_API_KEY;
      delete process.env.OPENAI_BASE_URL;
    }
  });

  it("uses the last item's id when the page has no last_id", async () => {
    const items = await collect(paginate(fineTuningJobsEvents, "ftjob-abc123", { limit: 2 }, mock.config()));
    expect(items).toEqual(ftjobEvents.data.map((event) => ["ok", event]));
    expect(mock.server.requests.map((request) => request.query.after)).toEqual([undefined, ftjobEvents.data[1]?.id, ftjobEvents.data[3]?.id]);
  });

  it("is lazy: the next page is requested only when the consumer pulls past the current one", async () => {
    const iterator = paginate(fineTuningJobs, { limit: 2 }, mock.config())[Symbol.asyncIterator]();
    expect(mock.server.requests).toHaveLength(0);
    await iterator.next();
    await iterator.next();
    expect(mock.server.requests).toHaveLength(1);
    const third = await iterator.next();
    expect(third.value).toEqual(["ok", expect.objectContaining({ id: "ftjob-ghi789" })]);
    expect(mock.server.requests).toHaveLength(2);
    await iterator.return?.();
    for await (const [status] of paginate(fineTuningJobs, { limit: 2 }, mock.config())) {
      expect(status).toBe("ok");
      break;
    }
    expect(mock.server.requests).toHaveLength(3);
  });

  it("ends with one error item when a page fails", async () => {
    mock.server.on(
      "GET /fine_tuning/jobs",
      { status: 400, body: { error: { message: "bad cursor", type: "invalid_request_error", param: "after", code: null } } },
      1,
    );
    mock.server.on(
      "GET /fine_tuning/jobs",
      (request) => ({ body: { object: "list", data: [{ id: "ftjob-1" }], has_more: true, last_id: "ftjob-1", query: request.query } }),
      1,
    );
    const items = await collect(paginate(fineTuningJobs, {}, mock.config({ httpOptions: { retry: 0 } })));
    expect(items).toHaveLength(2);
    expect(items[0]).toEqual(["ok", { id: "ftjob-1" }]);
    expect(items[1]?.[0]).toBe("error");
    expect(items[1]?.[1]).toMatchObject({ kind: "api", status: 400 });
  });

  it("ends with a parse error when has_more is true but the cursor does not advance", async () => {
    mock.server.on("GET /fine_tuning/jobs", { body: { object: "list", data: [{ id: "ftjob-same" }], has_more: true } });
    const items = await collect(paginate(fineTuningJobs, {}, mock.config()));
    expect(items.map(([status]) => status)).toEqual(["ok", "ok", "error"]);
    expect((items[2]?.[1] as OpenAIError | undefined)?.kind).toBe("parse");
    expect((items[2]?.[1] as OpenAIError | undefined)?.message).toContain("did not advance");
    expect(mock.server.requests).toHaveLength(2);

    mock.server.reset();
    mock.server.on("GET /fine_tuning/jobs", { body: { object: "list", data: [], has_more: true } });
    const empty = await collect(paginate(fineTuningJobs, {}, mock.config()));
    expect(empty).toEqual([["error", expect.objectContaining({ kind: "parse" })]]);
  });

  it("passes a call's argument error through as the single item, and never throws", async () => {
    const items = await collect(paginate(fineTuningJobsEvents, "", {}, mock.config()));
    expect(items).toEqual([["error", expect.objectContaining({ kind: "argument", argument: "fine_tuning_job_id" })]]);
    const notAFunction = await collect(paginate(42 as never));
    expect(notAFunction).toEqual([["error", expect.objectContaining({ kind: "argument", argument: "listFn" })]]);
    const throwing = await collect(
      paginate((async () => {
        throw new Error("nope");
      }) as never),
    );
    expect(throwing).toEqual([["error", expect.objectContaining({ kind: "argument", argument: "listFn" })]]);
    expect(mock.server.requests).toHaveLength(0);
  });

  it("can be iterated again, starting over from the first page", async () => {
    const pages = paginate(fineTuningJobs, { limit: 5 }, mock.config());
    expect(await collect(pages)).toHaveLength(3);
    expect(await collect(pages)).toHaveLength(3);
    expect(mock.server.requests).toHaveLength(2);
  });
});

describe("paginate with the assistants family", () => {
  const pages = (prefix: string) => (request: { query: Record<string, string | string[]> }) => {
    const ids = [`${prefix}_1`, `${prefix}_2`, `${prefix}_3`];
    const start = request.query.after ? ids.indexOf(String(request.query.after)) + 1 : 0;
    const data = ids.slice(start, start + 2).map((id) => ({ id, object: prefix }));
    return { body: { object: "list", data, first_id: data[0]?.id, last_id: data[data.length - 1]?.id, has_more: start + 2 < ids.length } };
  };

  it("walks assistants(params, config)", async () => {
    mock.server.on("GET /assistants", pages("asst"));
    const items = await collect(paginate(assistants, { limit: 2 }, mock.config()));
    expect(items.map(([, item]) => (item as { id: string }).id)).toEqual(["asst_1", "asst_2", "asst_3"]);
    expect(mock.server.requests.map((request) => request.query)).toEqual([{ limit: "2" }, { limit: "2", after: "asst_2" }]);
    expect(mock.server.lastRequest()?.headers["openai-beta"]).toBe("assistants=v2");
  });

  it("walks threadMessages(threadId, params, config)", async () => {
    mock.server.on("GET /threads/:thread/messages", pages("msg"));
    const items = await collect(paginate(threadMessages, "thread_abc", { limit: 2, order: "asc" }, mock.config()));
    expect(items.map(([, item]) => (item as { id: string }).id)).toEqual(["msg_1", "msg_2", "msg_3"]);
    expect(mock.server.requests.map((request) => request.url)).toEqual([
      "/v1/threads/thread_abc/messages?limit=2&order=asc",
      "/v1/threads/thread_abc/messages?limit=2&order=asc&after=msg_2",
    ]);
  });
});
