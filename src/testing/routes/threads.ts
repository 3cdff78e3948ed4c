/**
 * Default replies of threads, messages, runs and run steps, from the seed examples. Streamed runs
 * (`stream: true` in the body) answer named SSE events, as the Assistants API does.
 */
import thread from "../../../fixtures/thread_object.json";
import threadList from "../../../fixtures/thread_list.json";
import message from "../../../fixtures/message_object.json";
import messageList from "../../../fixtures/message_list.json";
import messageFile from "../../../fixtures/message_file.json";
import messageFileList from "../../../fixtures/message_file_list.json";
import run from "../../../fixtures/run_object.json";
import runList from "../../../fixtures/run_list.json";
import runStep from "../../../fixtures/run_step.json";
import runStepList from "../../../fixtures/run_step_list.json";
import type { MockHandler, MockReply, RecordedRequest } from "../types";
import { errorReply, withFields } from "./util";

type Fields = Record<string, unknown>;

function bodyFields(request: RecordedRequest): Fields {
  const json = request.json;
  return typeof json === "object" && json !== null && !Array.isArray(json) ? (json as Fields) : {};
}

/** OpenAI's 404 for a thread id of the wrong kind, or `undefined` when it looks right. */
function unknownThread(request: RecordedRequest): MockReply | undefined {
  const id = request.params.thread_id ?? "";
  return id.startsWith("thread_") ? undefined : errorReply(404, `No thread found with id '${id}'.`);
}

/** A message as the server stores it: string content becomes a text part. */
function createdMessage(threadId: string, body: Fields): Fields {
  const content = typeof body.content === "string" ? [{ type: "text", text: { value: body.content, annotations: [] } }] : body.content;
  return { ...message, id: "msg_abc789", created_at: 1699706818, thread_id: threadId, file_ids: [], metadata: {}, ...body, content };
}

/** A run of the seed with the ids of the path and the overrides of the body. */
function runFor(request: RecordedRequest, fields: Fields = {}): Fields {
  const { stream: _s, additional_instructions: _a, additional_messages: _m, thread: _t, tool_outputs: _o, ...overrides } = bodyFields(request);
  return {
    ...run,
    ...overrides,
    thread_id: request.params.thread_id ?? run.thread_id,
    ...(request.params.run_id ? { id: request.params.run_id } : {}),
    ...fields,
  };
}

type StreamKind = "create" | "create-and-run" | "submit";

function sse(event: string, data: unknown): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** The events of a run that writes one assistant message, from its step to `thread.run.completed`. */
function messageEvents(started: Fields, text: string): string[] {
  const ids = { thread_id: started.thread_id, run_id: started.id, assistant_id: started.assistant_id };
  const created = { ...message, ...ids, id: "msg_abc789", role: "assistant", content: [], file_ids: [], status: "in_progress", attachments: [] };
  const step = {
    ...runStep,
    ...ids,
    id: "step_abc789",
    status: "in_progress",
    completed_at: null,
    step_details: { type: "message_creation", message_creation: { message_id: created.id } },
  };
  const words = text.match(/\s*\S+/g) ?? [];
  const half = Math.ceil(words.length / 2);
  const deltas = [words.slice(0, half).join(""), words.slice(half).join("")].map((value, index) =>
    sse("thread.message.delta", {
      id: created.id,
      object: "thread.message.delta",
      delta: { content: [{ index: 0, type: "text", text: { value, ...(index === 0 ? { annotations: [] } : {}) } }] },
    }),
  );
  const content = [{ type: "text", text: { value: text, annotations: [] } }];
  const usage = { prompt_tokens: 87, completion_tokens: words.length, total_tokens: 87 + words.length };
  return [
    sse("thread.run.step.created", step),
    sse("thread.run.step.in_progress", step),
    sse("thread.message.created", created),
    sse("thread.message.in_progress", created),
    ...deltas,
    sse("thread.message.completed", { ...created, content, status: "completed", completed_at: 1699711125 }),
    sse("thread.run.step.completed", { ...step, status: "completed", completed_at: 1699711125, usage }),
    sse("thread.run.completed", { ...started, status: "completed", completed_at: 1699711125, usage }),
  ];
}

/**
 * A streamed run as named SSE events: `thread.created` (create-and-run), `thread.run.created`,
 * `queued`, `in_progress`, then either a function tool call ending at `thread.run.requires_action`
 * (the run has a function tool and no outputs were submitted yet) or a message written in deltas
 * ending at `thread.run.completed`; finally `event: done` / `data: [DONE]`.
 */
export function runStreamReply(runFields: Fields, kind: StreamKind): MockReply {
  const queued = { ...runFields, status: "queued", required_action: null };
  const started = { ...queued, status: "in_progress", started_at: runFields.created_at };
  const events: string[] = [];
  if (kind === "create-and-run") events.push(sse("thread.created", { ...thread, id: runFields.thread_id, created_at: runFields.created_at, metadata: {} }));
  if (kind !== "submit") events.push(sse("thread.run.created", queued));
  events.push(sse("thread.run.queued", queued), sse("thread.run.in_progress", started));
  const tools = Array.isArray(runFields.tools) ? (runFields.tools as Array<{ type?: string; function?: { name?: string } }>) : [];
  const tool = tools.find((item) => item?.type === "function");
  if (kind !== "submit" && tool) {
    const call = {
      id: "call_abc123",
      type: "function",
      function: { name: tool.function?.name ?? "get_weather", arguments: '{"location":"San Francisco, CA","unit":"c"}' },
    };
    const ids = { thread_id: runFields.thread_id, run_id: runFields.id, assistant_id: runFields.assistant_id };
    const details = { type: "tool_calls", tool_calls: [{ ...call, function: { ...call.function, output: null } }] };
    const step = { ...runStep, ...ids, id: "step_abc456", type: "tool_calls", status: "in_progress", completed_at: null, step_details: details };
    const action = { type: "submit_tool_outputs", submit_tool_outputs: { tool_calls: [call] } };
    events.push(sse("thread.run.step.created", step), sse("thread.run.step.in_progress", step));
    events.push(sse("thread.run.requires_action", { ...started, status: "requires_action", required_action: action }));
  } else {
    const text = kind === "submit" ? "It is 22°C and sunny in San Francisco." : "AI is the science of making computers learn from data.";
    events.push(...messageEvents(started, text));
  }
  events.push("event: done\ndata: [DONE]\n\n");
  return { sse: events };
}

const checked =
  (handler: (request: RecordedRequest) => MockReply): MockHandler =>
  (request) =>
    unknownThread(request) ?? handler(request);

export const threadsRoutes: Record<string, MockHandler> = {
  // Before "POST /threads/:thread_id", which would also match /threads/runs.
  "POST /threads/runs": (request) => {
    const body = bodyFields(request);
    const runFields = { ...runFor(request), thread_id: "thread_abc123", metadata: body.metadata ?? {} };
    return body.stream === true ? runStreamReply(runFields, "create-and-run") : { body: runFields };
  },
  "GET /threads": { body: threadList },
  "POST /threads": (request) => {
    const { messages: _messages, ...body } = bodyFields(request);
    return withFields(thread, { created_at: 1699703890, metadata: {}, ...body });
  },
  "GET /threads/:thread_id": checked((request) => withFields(thread, { id: request.params.thread_id })),
  "POST /threads/:thread_id": checked((request) => {
    const body = bodyFields(request);
    return withFields(thread, { ...body, id: request.params.thread_id, metadata: { ...thread.metadata, ...(body.metadata as Fields | undefined) } });
  }),
  "DELETE /threads/:thread_id": checked((request) => ({ body: { id: request.params.thread_id, object: "thread.deleted", deleted: true } })),

  "GET /threads/:thread_id/messages": checked((request) => ({
    body: { ...messageList, data: messageList.data.map((item) => ({ ...item, thread_id: request.params.thread_id })) },
  })),
  "POST /threads/:thread_id/messages": checked((request) => ({ body: createdMessage(request.params.thread_id ?? "", bodyFields(request)) })),
  "GET /threads/:thread_id/messages/:message_id": checked((request) =>
    withFields(message, { id: request.params.message_id, thread_id: request.params.thread_id }),
  ),
  "POST /threads/:thread_id/messages/:message_id": checked((request) => {
    const metadata = { ...message.metadata, ...(bodyFields(request).metadata as Fields | undefined) };
    return withFields(message, { id: request.params.message_id, thread_id: request.params.thread_id, metadata });
  }),
  "DELETE /threads/:thread_id/messages/:message_id": checked((request) => ({
    body: { id: request.params.message_id, object: "thread.message.deleted", deleted: true },
  })),
  "GET /threads/:thread_id/messages/:message_id/files": checked((request) => ({
    body: { ...messageFileList, data: messageFileList.data.map((file) => ({ ...file, message_id: request.params.message_id })) },
  })),
  "GET /threads/:thread_id/messages/:message_id/files/:file_id": checked((request) =>
    withFields(messageFile, { id: request.params.file_id, message_id: request.params.message_id }),
  ),

  "GET /threads/:thread_id/runs": checked(() => ({ body: runList })),
  "POST /threads/:thread_id/runs": checked((request) =>
    bodyFields(request).stream === true ? runStreamReply(runFor(request), "create") : { body: runFor(request) },
  ),
  "GET /threads/:thread_id/runs/:run_id": checked((request) => ({
    body: runFor(request, { status: "completed", started_at: 1699711115, expires_at: null, completed_at: 1699711125 }),
  })),
  "POST /threads/:thread_id/runs/:run_id": checked((request) => ({ body: runFor(request) })),
  "POST /threads/:thread_id/runs/:run_id/submit_tool_outputs": checked((request) => {
    const resumed = runFor(request, { status: "queued", started_at: 1699711115 });
    return bodyFields(request).stream === true ? runStreamReply(resumed, "submit") : { body: resumed };
  }),
  "POST /threads/:thread_id/runs/:run_id/cancel": checked((request) => ({ body: runFor(request, { status: "cancelling", started_at: 1699711115 }) })),
  "GET /threads/:thread_id/runs/:run_id/steps": checked((request) => ({
    body: { ...runStepList, data: runStepList.data.map((step) => ({ ...step, thread_id: request.params.thread_id, run_id: request.params.run_id })) },
  })),
  "GET /threads/:thread_id/runs/:run_id/steps/:step_id": checked((request) =>
    withFields(runStep, { id: request.params.step_id, thread_id: request.params.thread_id, run_id: request.params.run_id }),
  ),
};
