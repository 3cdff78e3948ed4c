/**
 * Streaming requests: `requestEventStream(spec, mode)` resolves when the headers arrive with an
 * `EventStream`. Mode `data` yields each event's parsed JSON `data`; mode `named` yields
 * `{ event, data }` (the assistants family). A non-2xx is an ordinary error tuple.
 */
import { configError } from "../errors";
import { err, ok, type Result } from "../result";
import type { EventStream } from "../stream";
import { createEventStream } from "./eventStream";
import type { RequestSpec } from "./prepare";
import { request, requestStream } from "./request";
import { loadParser, type StreamMode } from "./sse";

export type { StreamMode } from "./sse";

/**
 * Sends a streaming request and wraps its 2xx body in an `EventStream`.
 *
 * @example
 * return requestEventStream<ChatCompletionChunk>({ method: "POST", path: "/chat/completions", params, config }, "data");
 */
export async function requestEventStream<T>(spec: RequestSpec, mode: StreamMode): Promise<Result<EventStream<T>>> {
  // The parser module loads while the request is in flight (it is not imported at startup).
  const [result, createParser] = await Promise.all([requestStream(spec), loadParser().catch(() => undefined)]);
  if (result[0] === "error") return result;
  if (!createParser) {
    result[1].signal.abort();
    result[1].signal.dispose();
    return err(configError("Cannot load the eventsource-parser module; reinstall openai-ex's dependencies"));
  }
  return ok(createEventStream<T>(result[1], mode, createParser), result[2]);
}

/**
 * The call of every function that can stream: a stream when `streams` (by default: the params say
 * `stream: true`), else an ordinary request decoded as `T`.
 *
 * @example
 * return requestOrStream<Run, AssistantStreamEvent>({ method: "POST", path: "/threads/runs", params, config, beta: "assistants" }, "named");
 * return requestOrStream<Uint8Array, SpeechStreamEvent>(spec, "named", paramIs(params, "stream_format", "sse"));
 */
export function requestOrStream<T, C>(
  spec: RequestSpec,
  mode: StreamMode,
  streams = paramIs(spec.params, "stream", true),
): Promise<Result<T> | Result<EventStream<C>>> {
  return streams ? requestEventStream<C>(spec, mode) : request<T>(spec);
}

/** Whether `params[name]` is `value` (e.g. `stream: true`); never throws, whatever `params` is. */
export function paramIs(params: unknown, name: string, value: unknown): boolean {
  try {
    return typeof params === "object" && params !== null && (params as Record<string, unknown>)[name] === value;
  } catch {
    return false;
  }
}
