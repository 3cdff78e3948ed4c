import type { Config } from "../../config";
import type { Result } from "../../result";
import type { EventStream } from "../../stream";
import type { ResponseObject, ResponseRetrieveParams, ResponseStreamEvent } from "../../types/responses";
import { withOutputText } from "../../_internal/outputText";
import { request } from "../../_internal/request";
import { paramIs, requestEventStream } from "../../_internal/stream";

/**
 * Retrieves a stored model response by id (e.g. to poll one created with `background: true`).
 *
 * @param responseId The response, e.g. `resp_abc123`.
 * @param paramsOrConfig Optional query `{ include, include_obfuscation, starting_after }` (`include` is sent
 *   as `include[]`), or the config when no params are given.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", ResponseObject, meta]`, with `output_text` (the joined text of its messages) computed.
 * @example
 * const [status, response] = await responses("resp_abc123");
 * if (status === "ok") console.log(response.status, response.output);
 * const [, withResults] = await responses("resp_abc123", { include: ["file_search_call.results"] });
 * @see https://platform.openai.com/docs/api-reference/responses/get
 */
/**
 * Resumes the event stream of a background response (`background: true, stream: true`), e.g. after a restart.
 *
 * @param responseId The response, e.g. `resp_abc123`.
 * @param params `stream: true` and `starting_after`: the last `sequence_number` you saw (events after it are sent).
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", EventStream<ResponseStreamEvent>, meta]` once the headers arrive (the same events as
 *   `responsesCreate({ stream: true })`), or `["error", e]`. `collectResponse(stream)` folds it into the `Response`.
 * @example
 * const [status, stream] = await responses("resp_abc123", { stream: true, starting_after: 41 });
 * if (status === "ok") for await (const [kind, event] of stream) if (kind === "ok") console.log(event.sequence_number, event.type);
 * @see https://platform.openai.com/docs/api-reference/responses/get
 */
export function responses(
  responseId: string,
  params: ResponseRetrieveParams & { stream: true },
  config?: Config,
): Promise<Result<EventStream<ResponseStreamEvent>>>;
export function responses(responseId: string, config?: Config): Promise<Result<ResponseObject>>;
export function responses(responseId: string, params?: ResponseRetrieveParams, config?: Config): Promise<Result<ResponseObject>>;
export function responses(
  responseId: string,
  paramsOrConfig?: ResponseRetrieveParams | Config,
  config?: Config,
): Promise<Result<ResponseObject | EventStream<ResponseStreamEvent>>> {
  // The config-only form predates params: an object of config keys alone is the config (prepare tells them apart).
  const spec = {
    method: "GET",
    path: "/responses/{response_id}",
    ids: { response_id: responseId },
    params: paramsOrConfig,
    paramsOptional: true,
    config,
  } as const;
  // `stream=true` goes in the query like the other params; each event's data carries its `type`.
  if (paramIs(paramsOrConfig, "stream", true)) return requestEventStream<ResponseStreamEvent>(spec, "data");
  return withOutputText(request<ResponseObject>(spec));
}
