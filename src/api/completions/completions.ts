import type { Config } from "../../config";
import type { Result } from "../../result";
import type { EventStream } from "../../stream";
import type { Completion, CompletionParams, EngineCompletionParams } from "../../types/completions";
import type { RequestSpec } from "../../_internal/prepare";
import { requestOrStream } from "../../_internal/stream";

/**
 * Creates a text completion for a prompt (the legacy completions endpoint).
 *
 * @param params `model` and `prompt` (plus `max_tokens`, `temperature`, `stop`…); `stream: true` streams.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { id, object: "text_completion", choices: [{ text, finish_reason }], usage }, meta]`,
 *   or with `stream: true` `["ok", EventStream<Completion>, meta]`.
 * @example
 * const [status, completion] = await completions({ model: "gpt-3.5-turbo-instruct", prompt: "once upon a time", max_tokens: 5 });
 * if (status === "ok") console.log(completion.choices[0]?.text);
 * @see https://platform.openai.com/docs/api-reference/completions/create
 */
export function completions(params: CompletionParams & { stream: true }, config?: Config): Promise<Result<EventStream<Completion>>>;
export function completions(params: CompletionParams & { stream?: false | null }, config?: Config): Promise<Result<Completion>>;
export function completions(params: CompletionParams, config?: Config): Promise<Result<Completion> | Result<EventStream<Completion>>>;
/**
 * Creates a completion with an engine (the retired `POST /engines/{engine_id}/completions`).
 *
 * @deprecated Engines were replaced by models: use `completions({ model, ...params })` instead.
 * @param engineId The engine, e.g. `davinci`.
 * @param params `prompt`, `max_tokens`, `temperature`…
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", Completion, meta]` (an `EventStream<Completion>` with `stream: true`).
 * @example
 * const [status, completion] = await completions("davinci", { prompt: "once upon a time", max_tokens: 5 });
 * @see https://platform.openai.com/docs/api-reference/completions/create
 */
export function completions(engineId: string, params: EngineCompletionParams & { stream: true }, config?: Config): Promise<Result<EventStream<Completion>>>;
/** @deprecated Engines were replaced by models: use `completions({ model, ...params })` instead. */
export function completions(engineId: string, params: EngineCompletionParams & { stream?: false | null }, config?: Config): Promise<Result<Completion>>;
/** @deprecated Engines were replaced by models: use `completions({ model, ...params })` instead. */
export function completions(engineId: string, params: EngineCompletionParams, config?: Config): Promise<Result<Completion> | Result<EventStream<Completion>>>;
export function completions(
  first: string | CompletionParams,
  second?: EngineCompletionParams | Config,
  third?: Config,
): Promise<Result<Completion> | Result<EventStream<Completion>>> {
  const spec: RequestSpec =
    typeof first === "string"
      ? { method: "POST", path: "/engines/{engine_id}/completions", ids: { engine_id: first }, params: second, config: third }
      : { method: "POST", path: "/completions", params: first, config: second };
  return requestOrStream<Completion, Completion>(spec, "data");
}
