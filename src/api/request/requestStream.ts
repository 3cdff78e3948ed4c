import type { Result } from "../../result";
import type { EventStream } from "../../stream";
import type { RequestMethod, RequestStreamOptions } from "../../types/request";
import { passthroughStream } from "../../_internal/passthrough";

/**
 * Calls any endpoint that answers server-sent events, returning the same `EventStream` as the wrapped streaming functions.
 *
 * @param method Usually `POST`.
 * @param path Relative to `apiUrl`; `{name}` segments are filled from `options.ids`.
 * @param params The JSON body (include what the endpoint needs to stream, e.g. `stream: true`).
 * @param options The call's config, plus `ids` and `events` (`data`, the default, or `named` for `{ event, data }`).
 * @returns `["ok", EventStream<T>, meta]` as soon as the headers arrive, or an error tuple.
 * @example
 * const [status, stream] = await requestStream<ChatCompletionChunk>("POST", "/chat/completions", { model: "gpt-4o-mini", messages, stream: true });
 * if (status === "ok") for await (const [kind, chunk] of stream) if (kind === "ok") process.stdout.write(chunk.choices[0]?.delta.content ?? "");
 * @see https://platform.openai.com/docs/api-reference
 */
export function requestStream<T = unknown>(
  method: RequestMethod,
  path: string,
  params?: Record<string, unknown>,
  options?: RequestStreamOptions,
): Promise<Result<EventStream<T>>> {
  return passthroughStream<T>(method, path, params, options);
}
