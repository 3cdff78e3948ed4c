import type { Config } from "../../config";
import type { Result } from "../../result";
import type { EventStream } from "../../stream";
import type { ResponseCreateParams, ResponseObject, ResponseStreamEvent } from "../../types/responses";
import { withOutputText } from "../../_internal/outputText";
import { request } from "../../_internal/request";
import { paramIs, requestEventStream } from "../../_internal/stream";

/**
 * Creates a model response (the Responses API): text, tools, files, multi-turn via `previous_response_id`.
 *
 * @param params `model` and `input` (plus `instructions`, `tools`, `text`, `reasoning`…); `stream: true` streams typed events.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", ResponseObject, meta]` (with `output_text`, the joined text of its messages, computed); with `stream: true`, `["ok", EventStream<ResponseStreamEvent>, meta]` once the headers arrive.
 * @example
 * const [status, response] = await responsesCreate({ model: "gpt-4o-mini", input: "Write a haiku about otters." });
 * if (status === "ok") console.log(response.output_text);
 * const [, stream] = await responsesCreate({ model: "gpt-4o-mini", input: "Hi", stream: true });
 * if (stream) for await (const [kind, event] of stream) if (kind === "ok" && event.type === "response.output_text.delta") process.stdout.write(event.delta);
 * @see https://platform.openai.com/docs/api-reference/responses/create
 */
export function responsesCreate(params: ResponseCreateParams & { stream: true }, config?: Config): Promise<Result<EventStream<ResponseStreamEvent>>>;
export function responsesCreate(params: ResponseCreateParams & { stream?: false | null }, config?: Config): Promise<Result<ResponseObject>>;
export function responsesCreate(params: ResponseCreateParams, config?: Config): Promise<Result<ResponseObject | EventStream<ResponseStreamEvent>>>;
export function responsesCreate(params: ResponseCreateParams, config?: Config): Promise<Result<ResponseObject | EventStream<ResponseStreamEvent>>> {
  const spec = { method: "POST", path: "/responses", params, config } as const;
  // Each event's data carries its own `type`, so the "data" mode keeps everything.
  if (paramIs(params, "stream", true)) return requestEventStream<ResponseStreamEvent>(spec, "data");
  return withOutputText(request<ResponseObject>(spec));
}
