/**
 * The Responses API: create (JSON, or a realistic SSE stream with `stream: true`; a `file_search`
 * call when the request asks for that tool), retrieve, delete, cancel, input items, input token
 * counts, compaction.
 */
import responseFixture from "../../../fixtures/response_response.json";
import fileSearchFixture from "../../../fixtures/response_file_search.json";
import inputItems from "../../../fixtures/response_input_items.json";
import inputTokens from "../../../fixtures/responses_input_tokens.json";
import compaction from "../../../fixtures/responses_compaction.json";
import type { MockHandler, MockReply, RecordedRequest } from "../types";
import { mockId, pageOf } from "./fineTuning";
import { jsonExample } from "./jsonExample";
import { unknownModel, withFields } from "./util";

type Body = Record<string, unknown>;
type OutputItem = (typeof fileSearchFixture.output)[number] | (typeof responseFixture.output)[number];

/** The completed response a create request gets. */
function completed(request: RecordedRequest): Body {
  const body = (request.json ?? {}) as Body;
  const tools = Array.isArray(body.tools) ? (body.tools as Body[]) : [];
  const fileSearch = tools.some((tool) => tool?.type === "file_search");
  const base = fileSearch ? { ...fileSearchFixture, tools } : responseFixture;
  const followed = followRequest(body, tools);
  return {
    ...base,
    ...(followed ? { output: [followed], tools, tool_choice: body.tool_choice ?? "auto", text: body.text } : {}),
    id: mockId("resp_"),
    created_at: Math.floor(Date.now() / 1000),
    model: typeof body.model === "string" ? body.model : base.model,
    instructions: body.instructions ?? null,
    previous_response_id: body.previous_response_id ?? null,
    metadata: body.metadata ?? {},
  };
}

/**
 * The output item a request asks for: a call of the first (or named) function tool when
 * `tool_choice` forces one, or a message whose text is JSON matching a `json_schema` text format.
 */
function followRequest(body: Body, tools: Body[]): OutputItem | undefined {
  const functions = tools.filter((tool) => tool?.type === "function" && typeof tool.name === "string");
  const choice = body.tool_choice as string | Body | undefined;
  const named = typeof choice === "object" && choice?.type === "function" ? functions.find((tool) => tool.name === choice.name) : undefined;
  const forced = named ?? (choice === "required" ? functions[0] : undefined);
  if (forced) {
    const args = JSON.stringify(jsonExample(forced.parameters ?? { type: "object", properties: {} }));
    return {
      id: mockId("fc_"),
      type: "function_call",
      call_id: mockId("call_"),
      name: String(forced.name),
      arguments: args,
      status: "completed",
    } as unknown as OutputItem;
  }
  const format = (body.text as { format?: Body } | undefined)?.format;
  if (format?.type !== "json_schema") return undefined;
  const [message] = responseFixture.output;
  const text = JSON.stringify(jsonExample(format.schema ?? {}));
  return { ...message, id: mockId("msg_"), content: [{ type: "output_text", text, annotations: [] }] } as OutputItem;
}

function frame(type: string, data: Body): string {
  return `event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`;
}

/** The events OpenAI sends for a response: lifecycle, each output item, text deltas word by word. */
function streamOf(response: Body): string[] {
  let sequence = 0;
  const event = (type: string, data: Body) => frame(type, { sequence_number: sequence++, ...data });
  const pending = { ...response, status: "in_progress", output: [], usage: null, completed_at: null };
  const frames = [event("response.created", { response: pending }), event("response.in_progress", { response: pending })];
  (response.output as OutputItem[]).forEach((item, output_index) => {
    if (item.type !== "message") {
      frames.push(event("response.output_item.added", { output_index, item: { ...item, status: "in_progress" } }));
      if (item.type === "file_search_call") {
        for (const phase of ["in_progress", "searching", "completed"]) {
          frames.push(event(`response.file_search_call.${phase}`, { output_index, item_id: item.id }));
        }
      }
      frames.push(event("response.output_item.done", { output_index, item }));
      return;
    }
    const item_id = item.id;
    frames.push(event("response.output_item.added", { output_index, item: { ...item, status: "in_progress", content: [] } }));
    (item.content ?? []).forEach((part, content_index) => {
      const at = { item_id, output_index, content_index };
      frames.push(event("response.content_part.added", { ...at, part: { ...part, text: "", annotations: [] } }));
      for (const delta of part.text.match(/\S+\s*/g) ?? []) frames.push(event("response.output_text.delta", { ...at, delta, logprobs: [] }));
      frames.push(event("response.output_text.done", { ...at, text: part.text, logprobs: [] }));
      frames.push(event("response.content_part.done", { ...at, part }));
    });
    frames.push(event("response.output_item.done", { output_index, item }));
  });
  frames.push(event("response.completed", { response }));
  return frames;
}

export const responsesRoutes: Record<string, MockHandler> = {
  "POST /responses": (request): MockReply => {
    const missing = unknownModel(request);
    if (missing) return missing;
    const response = completed(request);
    if ((request.json as Body | undefined)?.stream === true) return { sse: streamOf(response) };
    return { body: response };
  },
  "GET /responses/:id": (request): MockReply => {
    if (request.query.stream !== "true") return withFields(responseFixture, { id: request.params.id });
    // Resuming a background stream: the events after `starting_after` (every event without it).
    const after = Number(request.query.starting_after ?? -1);
    const frames = streamOf({ ...(responseFixture as Body), id: request.params.id, background: true });
    return { sse: frames.filter((_, sequence) => sequence > after) };
  },
  "DELETE /responses/:id": (request) => ({ body: { id: request.params.id, object: "response", deleted: true } }),
  "POST /responses/:id/cancel": (request) => withFields(responseFixture, { id: request.params.id, status: "cancelled", background: true }),
  "GET /responses/:id/input_items": (request) => pageOf(inputItems.data, request),
  "POST /responses/input_tokens": (request) => unknownModel(request) ?? { body: inputTokens },
  "POST /responses/compact": (request) => unknownModel(request) ?? withFields(compaction, { id: mockId("resp_cmp_") }),
};
