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
 * The call of every function that streams on `stream: true`: a stream when the params ask for one,
 * else an ordinary request decoded as `T`.
 *
 * @example
 * return requestOrStream<Run, AssistantStreamEvent>({ method: "POST", path: "/threads/runs", params, config, beta: "assistants" }, "named");
 */
export function requestOrStream<T, C>(spec: RequestSpec, mode: StreamMode): Promise<Result<T> | Result<EventStream<C>>> {
  return wantsStream(spec.params) ? requestEventStream<C>(spec, mode) : request<T>(spec);
}

/** Whether the params ask for a stream (`stream: true`); never throws, whatever `params` is. */
export function wantsStream(params: unknown): boolean {
  try {
    return typeof params === "object" && params !== null && (params as { stream?: unknown }).stream === true;
  } catch {
    return false;
  }
}

/** Whether the params ask for server-sent events (`stream_format: "sse"`, `audioSpeech`); never throws, whatever `params` is. */
export function wantsSse(params: unknown): boolean {
  try {
    return typeof params === "object" && params !== null && (params as { stream_format?: unknown }).stream_format === "sse";
  } catch {
    return false;
  }
}
