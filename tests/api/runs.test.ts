import { describe, expect, it } from "vitest";
import {
  threadRun,
  threadRunCancel,
  threadRunCreate,
  threadRunModify,
  threadRuns,
  threadRunStep,
  threadRunSteps,
  threadRunSubmitToolOutputs,
  type AssistantStreamEvent,
  type Config,
  type Run,
} from "../../src/index";
import run from "../../fixtures/run_object.json";
import runList from "../../fixtures/run_list.json";
import runRequiresAction from "../../fixtures/run_requires_action.json";
import runStep from "../../fixtures/run_step.json";
import runStepList from "../../fixtures/run_step_list.json";
import { TEST_KEY, useMockServer } from "../_helpers/mock";

const mock = useMockServer();

function seen() {
  expect(mock.server.requests).toHaveLength(1);
  return mock.server.requests[0]!;
}

const weatherTool = runRequiresAction.tools[0]!;

describe("runs", () => {
  it("threadRuns(threadId) lists with the environment's config", async () => {
    process.env.OPENAI_API_KEY = TEST_KEY;
    process.env.OPENAI_BASE_URL = mock.server.url;
    try {
      expect(await threadRuns("thread_abc123")).toEqual(["ok", runList, expect.anything()]);
    } finally {
      delete process.env.OPENAI_API_KEY;
      delete process.env.OPENAI_BASE_URL;
    }
    expect(seen()).toMatchObject({ method: "GET", path: "/threads/thread_abc123/runs", query: {}, bodySize: 0 });
    expect(seen().headers["openai-beta"]).toBe("assistants=v2");
  });

  it("threadRuns(threadId, params, config) sends the list params as the query", async () => {
    await threadRuns("thread_abc123", { limit: 10, order: "desc", after: "run_a", before: "run_z" }, mock.config());
    expect(seen()).toMatchObject({ query: { limit: "10", order: "desc", after: "run_a", before: "run_z" } });
  });

  it("threadRun(threadId, runId) retrieves, percent-encoding the ids", async () => {
    const result = await threadRun("thread_abc123", "run_abc123", mock.config());
    expect(result).toEqual(["ok", { ...run, status: "completed", started_at: 1699711115, expires_at: null, completed_at: 1699711125 }, expect.anything()]);
    expect(seen()).toMatchObject({ method: "GET", path: "/threads/thread_abc123/runs/run_abc123" });
    mock.server.reset();
    await threadRun("thread_abc123", "run/1", mock.config());
    expect(seen().url).toBe("/v1/threads/thread_abc123/runs/run%2F1");
  });

  it("threadRunCreate(threadId, params) posts and returns the queued Run", async () => {
    const params = { assistant_id: "asst_abc123", model: "gpt-4-1106-preview", tools: [{ type: "code_interpreter" as const }] };
    const result = await threadRunCreate("thread_abc123", params, mock.config());
    expect(result).toEqual(["ok", { ...run, ...params }, expect.anything()]);
    expect(seen()).toMatchObject({ method: "POST", path: "/threads/thread_abc123/runs", json: params });
    expect(seen().headers).toMatchObject({ "content-type": "application/json", "openai-beta": "assistants=v2", accept: "application/json" });
  });

  it("threadRunModify(threadId, runId, params) posts the metadata", async () => {
    const result = await threadRunModify("thread_abc123", "run_abc123", { metadata: { key_3: "value 3" } }, mock.config());
    expect(result).toEqual(["ok", { ...run, metadata: { key_3: "value 3" } }, expect.anything()]);
    expect(seen()).toMatchObject({ method: "POST", path: "/threads/thread_abc123/runs/run_abc123", json: { metadata: { key_3: "value 3" } } });
  });

  it("threadRunSubmitToolOutputs(threadId, runId, params) posts the outputs", async () => {
    const params = { tool_outputs: [{ tool_call_id: "call_abc123", output: "test" }] };
    const result = await threadRunSubmitToolOutputs("thread_abc123", "run_abc123", params, mock.config());
    expect(result).toEqual(["ok", { ...run, status: "queued", started_at: 1699711115 }, expect.anything()]);
    expect(seen()).toMatchObject({ method: "POST", path: "/threads/thread_abc123/runs/run_abc123/submit_tool_outputs", json: params });
    expect(seen().headers["openai-beta"]).toBe("assistants=v2");
  });

  it("threadRunCancel(threadId, runId) posts with no body and no Content-Type", async () => {
    const result = await threadRunCancel("thread_abc123", "run_abc123", mock.config());
    expect(result).toEqual(["ok", { ...run, status: "cancelling", started_at: 1699711115 }, expect.anything()]);
    const request = seen();
    expect(request).toMatchObject({ method: "POST", path: "/threads/thread_abc123/runs/run_abc123/cancel", bodySize: 0 });
    expect(request.headers["content-type"]).toBeUndefined();
    expect(request.headers["openai-beta"]).toBe("assistants=v2");
  });

  it("threadRunSteps(threadId, runId[, params]) lists; the query carries the list params and include[]", async () => {
    expect(await threadRunSteps("thread_abc123", "run_abc123", undefined, mock.config())).toEqual(["ok", runStepList, expect.anything()]);
    expect(seen()).toMatchObject({ method: "GET", path: "/threads/thread_abc123/runs/run_abc123/steps", query: {} });
    mock.server.reset();
    const include: ["step_details.tool_calls[*].file_search.results[*].content"] = ["step_details.tool_calls[*].file_search.results[*].content"];
    await threadRunSteps("thread_abc123", "run_abc123", { order: "asc", limit: 5, after: "step_a", before: "step_z", "include[]": include }, mock.config());
    expect(seen()).toMatchObject({ query: { order: "asc", limit: "5", after: "step_a", before: "step_z", "include[]": include[0] } });
  });

  it("threadRunStep(threadId, runId, stepId) retrieves", async () => {
    expect(await threadRunStep("thread_abc123", "run_abc123", "step_abc123", mock.config())).toEqual(["ok", runStep, expect.anything()]);
    expect(seen()).toMatchObject({ method: "GET", path: "/threads/thread_abc123/runs/run_abc123/steps/step_abc123" });
    expect(seen().headers["openai-beta"]).toBe("assistants=v2");
  });
});

/** Polls a run until it leaves `queued` / `in_progress` (the mock answers at once: no timers needed). */
async function poll(threadId: string, runId: string, config: Config): Promise<Run> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const [status, current] = await threadRun(threadId, runId, config);
    if (status === "error") throw new Error(current.message);
    if (current.status !== "queued" && current.status !== "in_progress") return current;
  }
  throw new Error("the run never settled");
}

describe("a tool-call round trip", () => {
  it("create → poll until requires_action → submit tool outputs → poll until completed", async () => {
    const route = "GET /threads/:thread_id/runs/:run_id";
    const at = (status: string, extra: Record<string, unknown> = {}) => ({ body: { ...runRequiresAction, required_action: null, status, ...extra } });
    // The newest override answers first: in_progress, requires_action, in_progress, then completed.
    mock.server.on(route, at("completed", { completed_at: 1699075600, usage: { prompt_tokens: 120, completion_tokens: 14, total_tokens: 134 } }));
    mock.server.on(route, at("in_progress"), 1);
    mock.server.on(route, { body: runRequiresAction }, 1);
    mock.server.on(route, at("in_progress"), 1);
    const config = mock.config();

    const [created, queued] = await threadRunCreate("thread_abc123", { assistant_id: "asst_abc123", tools: [weatherTool as never] }, config);
    expect(created).toBe("ok");
    if (created !== "ok") return;
    const waiting = await poll("thread_abc123", queued.id, config);
    expect(waiting.status).toBe("requires_action");
    const calls = waiting.required_action?.submit_tool_outputs.tool_calls ?? [];
    expect(calls).toEqual([
      { id: "call_abc123", type: "function", function: { name: "get_weather", arguments: '{"location":"San Francisco, CA","unit":"c"}' } },
    ]);

    const tool_outputs = calls.map((call) => ({
      tool_call_id: call.id,
      output: JSON.stringify({ city: JSON.parse(call.function.arguments).location, celsius: 22 }),
    }));
    const [submitted, resumed] = await threadRunSubmitToolOutputs("thread_abc123", queued.id, { tool_outputs }, config);
    expect(submitted).toBe("ok");
    expect(resumed).toMatchObject({ id: "run_abc123", status: "queued" });

    const done = await poll("thread_abc123", queued.id, config);
    expect(done).toMatchObject({ status: "completed", usage: { total_tokens: 134 } });
    expect(mock.server.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      "POST /threads/thread_abc123/runs",
      "GET /threads/thread_abc123/runs/run_abc123",
      "GET /threads/thread_abc123/runs/run_abc123",
      "POST /threads/thread_abc123/runs/run_abc123/submit_tool_outputs",
      "GET /threads/thread_abc123/runs/run_abc123",
      "GET /threads/thread_abc123/runs/run_abc123",
    ]);
    expect(mock.server.requests[3]?.json).toEqual({ tool_outputs: [{ tool_call_id: "call_abc123", output: '{"city":"San Francisco, CA","celsius":22}' }] });
    expect(mock.server.requests.every((r) => r.headers["openai-beta"] === "assistants=v2")).toBe(true);
  });
});

/** Reads a whole stream; fails the test on an error item. */
async function drain(stream: AsyncIterable<readonly ["ok", AssistantStreamEvent] | readonly ["error", { message: string }]>): Promise<AssistantStreamEvent[]> {
  const events: AssistantStreamEvent[] = [];
  for await (const item of stream) {
    if (item[0] === "error") throw new Error(item[1].message);
    events.push(item[1]);
  }
  return events;
}

describe("a streamed run with named events", () => {
  it("threadRunCreate({ stream: true }) stops at thread.run.requires_action; the streamed submit runs to completion", async () => {
    const config = mock.config();
    const [status, stream] = await threadRunCreate("thread_abc123", { assistant_id: "asst_abc123", tools: [weatherTool as never], stream: true }, config);
    expect(status).toBe("ok");
    if (status !== "ok") return;
    const first = await drain(stream);
    expect(first.map((e) => e.event)).toEqual([
      "thread.run.created",
      "thread.run.queued",
      "thread.run.in_progress",
      "thread.run.step.created",
      "thread.run.step.in_progress",
      "thread.run.requires_action",
    ]);
    const last = first[first.length - 1]!;
    expect(last.event).toBe("thread.run.requires_action");
    const action = last.event === "thread.run.requires_action" ? last.data.required_action : null;
    const call = action?.submit_tool_outputs.tool_calls[0];
    expect(call).toMatchObject({ id: "call_abc123", function: { name: "get_weather" } });
    expect(mock.server.lastRequest()).toMatchObject({ method: "POST", path: "/threads/thread_abc123/runs", json: { stream: true } });
    expect(mock.server.lastRequest()?.headers["openai-beta"]).toBe("assistants=v2");

    const [again, rest] = await threadRunSubmitToolOutputs(
      "thread_abc123",
      "run_abc123",
      { tool_outputs: [{ tool_call_id: call!.id, output: "22°C, sunny" }], stream: true },
      config,
    );
    expect(again).toBe("ok");
    if (again !== "ok") return;
    const events = await drain(rest);
    expect(events.map((e) => e.event)).toEqual([
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
    let text = "";
    for (const event of events) {
      if (event.event !== "thread.message.delta") continue;
      for (const part of event.data.delta.content ?? []) if (part.type === "text") text += part.text?.value ?? "";
    }
    expect(text).toBe("It is 22°C and sunny in San Francisco.");
    const completed = events.find((e) => e.event === "thread.message.completed");
    expect(completed?.data).toMatchObject({ object: "thread.message", role: "assistant", status: "completed" });
    expect(mock.server.lastRequest()).toMatchObject({ path: "/threads/thread_abc123/runs/run_abc123/submit_tool_outputs", json: { stream: true } });
  });

  it("a non-2xx streamed run is an ordinary error tuple", async () => {
    mock.server.on(
      "POST /threads/:thread_id/runs",
      { status: 404, body: { error: { message: "No assistant found with id 'asst_x'.", type: "invalid_request_error", param: null, code: null } } },
      1,
    );
    const result = await threadRunCreate("thread_abc123", { assistant_id: "asst_x", stream: true }, mock.config());
    expect(result).toEqual(["error", expect.objectContaining({ kind: "api", status: 404 })]);
  });

  it("an error event ends the stream with one error item", async () => {
    mock.server.on(
      "POST /threads/:thread_id/runs",
      {
        sse: [
          `event: thread.run.created\ndata: ${JSON.stringify(run)}\n\n`,
          `event: error\ndata: ${JSON.stringify({ message: "The server had an error", type: "server_error", param: null, code: null })}\n\n`,
        ],
      },
      1,
    );
    const [status, stream] = await threadRunCreate("thread_abc123", { assistant_id: "asst_abc123", stream: true }, mock.config());
    expect(status).toBe("ok");
    if (status !== "ok") return;
    const items = [];
    for await (const item of stream) items.push(item);
    expect(items[0]).toEqual(["ok", { event: "thread.run.created", data: run }]);
    expect(items.at(-1)?.[0]).toBe("error");
  });
});
