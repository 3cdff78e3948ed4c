import { describe, expect, it } from "vitest";
import {
  threads,
  threadsCreate,
  threadsCreateAndRun,
  threadsDelete,
  threadsModify,
  type AssistantStreamEvent,
  type EventStream,
  type Result,
} from "../../src/index";
import thread from "../../fixtures/thread_object.json";
import threadList from "../../fixtures/thread_list.json";
import run from "../../fixtures/run_object.json";
import { TEST_KEY, useMockServer } from "../_helpers/mock";

const mock = useMockServer();

function seen() {
  expect(mock.server.requests).toHaveLength(1);
  return mock.server.requests[0]!;
}

const messages = [
  { role: "user" as const, content: "Hello, what is AI?" },
  { role: "user" as const, content: "How does AI work? Explain it in simple terms." },
];
const metadata = { key_1: "value 1", key_2: "value 2" };

describe("threads", () => {
  it("threads() lists (an undocumented endpoint) with the environment's config", async () => {
    process.env.OPENAI_API_KEY = TEST_KEY;
    process.env.OPENAI_BASE_URL = mock.server.url;
    try {
      expect(await threads()).toEqual(["ok", threadList, expect.objectContaining({ status: 200 })]);
    } finally {
      delete process.env.OPENAI_API_KEY;
      delete process.env.OPENAI_BASE_URL;
    }
    expect(seen()).toMatchObject({ method: "GET", path: "/threads", query: {}, bodySize: 0 });
    expect(seen().headers["openai-beta"]).toBe("assistants=v2");
  });

  it("threads(params, config) sends the list params as the query", async () => {
    const [status, page] = await threads({ limit: 2, order: "asc", after: "thread_a", before: "thread_z" }, mock.config());
    expect(status).toBe("ok");
    expect(page).toEqual(threadList);
    expect(seen()).toMatchObject({ query: { limit: "2", order: "asc", after: "thread_a", before: "thread_z" } });
  });

  it("threads(id, config) retrieves, percent-encoding the id", async () => {
    expect(await threads("thread_abc123", mock.config())).toEqual(["ok", thread, expect.anything()]);
    expect(seen()).toMatchObject({ method: "GET", path: "/threads/thread_abc123" });
    mock.server.reset();
    await threads("thread_x/y", mock.config());
    expect(seen().url).toBe("/v1/threads/thread_x%2Fy");
  });

  it("threads(id) of an unknown thread is the api error tuple", async () => {
    const [status, error] = await threads("nope", mock.config());
    expect(status).toBe("error");
    expect(error).toMatchObject({ kind: "api", status: 404, message: expect.stringContaining("No thread found") });
  });

  it("threadsCreate() sends {} and threadsCreate(params, config) sends the params", async () => {
    process.env.OPENAI_API_KEY = TEST_KEY;
    process.env.OPENAI_BASE_URL = mock.server.url;
    try {
      const [status, created] = await threadsCreate();
      expect(status).toBe("ok");
      expect(created).toEqual({ ...thread, created_at: 1699703890, metadata: {} });
    } finally {
      delete process.env.OPENAI_API_KEY;
      delete process.env.OPENAI_BASE_URL;
    }
    expect(seen()).toMatchObject({ method: "POST", path: "/threads", json: {} });
    expect(seen().headers["content-type"]).toBe("application/json");
    mock.server.reset();
    const result = await threadsCreate({ messages, metadata }, mock.config());
    expect(result).toEqual(["ok", { ...thread, created_at: 1699703890, metadata }, expect.anything()]);
    expect(seen()).toMatchObject({ method: "POST", path: "/threads", json: { messages, metadata } });
    expect(seen().headers["openai-beta"]).toBe("assistants=v2");
  });

  it("threadsModify(id, params) merges metadata", async () => {
    const result = await threadsModify("thread_abc123", { metadata: { key_3: "value 3" } }, mock.config());
    expect(result).toEqual(["ok", { ...thread, metadata: { ...metadata, key_3: "value 3" } }, expect.anything()]);
    expect(seen()).toMatchObject({ method: "POST", path: "/threads/thread_abc123", json: { metadata: { key_3: "value 3" } } });
  });

  it("threadsDelete(id) sends DELETE", async () => {
    const result = await threadsDelete("thread_abc123", mock.config());
    expect(result).toEqual(["ok", { id: "thread_abc123", object: "thread.deleted", deleted: true }, expect.anything()]);
    expect(seen()).toMatchObject({ method: "DELETE", path: "/threads/thread_abc123", bodySize: 0 });
    expect(seen().headers["openai-beta"]).toBe("assistants=v2");
  });
});

describe("threadsCreateAndRun", () => {
  const params = {
    assistant_id: "asst_abc123",
    thread: { messages, metadata },
    model: "gpt-4-1106-preview",
    instructions: "You are an AI learning assistant.",
    metadata: { key_3: "value 3" },
  };

  it("threadsCreateAndRun(params) posts to /threads/runs and returns the queued Run", async () => {
    const [status, created] = await threadsCreateAndRun(params, mock.config());
    expect(status).toBe("ok");
    expect(created).toEqual({ ...run, model: params.model, instructions: params.instructions, metadata: params.metadata });
    expect(seen()).toMatchObject({ method: "POST", path: "/threads/runs", json: params });
    expect(seen().headers["openai-beta"]).toBe("assistants=v2");
  });

  it("threadsCreateAndRun() sends {} (the server rejects it, not the SDK)", async () => {
    mock.server.on("POST /threads/runs", {
      status: 400,
      body: {
        error: {
          message: "Missing required parameter: 'assistant_id'.",
          type: "invalid_request_error",
          param: "assistant_id",
          code: "missing_required_parameter",
        },
      },
    });
    const [status, error] = await threadsCreateAndRun(undefined, mock.config());
    expect(status).toBe("error");
    expect(error).toMatchObject({ kind: "api", status: 400, error: { param: "assistant_id" } });
    expect(mock.server.lastRequest()?.json).toEqual({});
  });

  it("threadsCreateAndRun({ stream: true }) yields named events from thread.created to thread.run.completed", async () => {
    const [status, stream] = await threadsCreateAndRun({ ...params, stream: true }, mock.config());
    expect(status).toBe("ok");
    if (status !== "ok") return;
    const events: AssistantStreamEvent[] = [];
    for await (const [kind, item] of stream) {
      expect(kind).toBe("ok");
      if (kind === "ok") events.push(item);
    }
    expect(events.map((e) => e.event)).toEqual([
      "thread.created",
      "thread.run.created",
      "thread.run.queued",
      "thread.run.in_progress",
      "thread.run.step.created",
      "thread.run.step.in_progress",
      "thread.message.created",
      "thread.message.in_progress",
      "thread.message.delta",
      "thread.message.delta",
      "thread.message.completed",
      "thread.run.step.completed",
      "thread.run.completed",
    ]);
    expect(events[0]).toMatchObject({ event: "thread.created", data: { id: "thread_abc123", object: "thread" } });
    expect(seen()).toMatchObject({ method: "POST", path: "/threads/runs", json: { ...params, stream: true } });
    expect(seen().headers["openai-beta"]).toBe("assistants=v2");
  });

  it("threadsCreateAndRun({ assistant_id, thread, stream: true }) sends the streaming request the API expects", async () => {
    const body = { assistant_id: "asst_abc123", thread: { messages: [messages[0]!] }, stream: true as const };
    process.env.OPENAI_API_KEY = TEST_KEY;
    process.env.OPENAI_BASE_URL = mock.server.url;
    let result: Result<EventStream<AssistantStreamEvent>>;
    try {
      result = await threadsCreateAndRun(body);
    } finally {
      delete process.env.OPENAI_API_KEY;
      delete process.env.OPENAI_BASE_URL;
    }
    expect(result).toHaveLength(3);
    expect(result[0]).toBe("ok");
    if (result[0] !== "ok") return;
    const [, stream, meta] = result;
    expect(meta).toEqual(expect.objectContaining({ status: 200, requestId: expect.stringMatching(/^req_mock_/) }));
    expect(meta.headers["content-type"]).toContain("text/event-stream");
    expect(stream.meta).toEqual(meta);
    const request = seen();
    expect(request).toMatchObject({ method: "POST", path: "/threads/runs", url: "/v1/threads/runs", query: {} });
    expect(request.json).toEqual({ assistant_id: "asst_abc123", thread: { messages: [messages[0]] }, stream: true });
    expect(request.headers).toMatchObject({
      "openai-beta": "assistants=v2",
      authorization: `Bearer ${TEST_KEY}`,
      "content-type": "application/json",
    });
    const items: Array<readonly [string, unknown]> = [];
    for await (const item of stream) items.push(item);
    expect(items.every(([kind]) => kind === "ok")).toBe(true);
    expect(items[0]).toEqual(["ok", expect.objectContaining({ event: "thread.created", data: expect.objectContaining({ object: "thread" }) })]);
    expect(items.at(-1)).toEqual(["ok", expect.objectContaining({ event: "thread.run.completed", data: expect.objectContaining({ status: "completed" }) })]);
  });
});
