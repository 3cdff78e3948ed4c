/**
 * Server-sent events: bytes → events (eventsource-parser does the framing: frames split anywhere,
 * CRLF and CR, comments, multi-line `data:`), and events → items of an OpenAI stream.
 */
import type { createParser, EventSourceMessage } from "eventsource-parser";
import type { ApiError, OpenAIError, OpenAIErrorBody } from "../errors";
import { parseError } from "../errors";
import type { ResponseMeta, StreamItem } from "../result";
import type { NamedEvent } from "../stream";
import { scrub, scrubHeaders, type Secret } from "./secrets";

export type StreamMode = "data" | "named";

/** What an event turns into: an item to yield, or `undefined` for the end of the stream. */
export type Interpreted = StreamItem<unknown> | undefined;

/** Where a stream came from, to describe its errors. */
export interface StreamContext {
  meta: ResponseMeta;
  what: string;
  secret: Secret;
}

const STREAMING = { stream: true } as const;

/** eventsource-parser's factory; loaded lazily (see stream.ts) so `import "openai-ex"` stays cheap. */
export type ParserFactory = typeof createParser;

/** Loads the SSE parser (once; later calls reuse the module). */
export function loadParser(): Promise<ParserFactory> {
  return import("eventsource-parser").then((module) => module.createParser);
}

/**
 * Feeds raw bytes to the SSE parser. A streaming TextDecoder keeps a multi-byte UTF-8 character
 * split across two chunks intact.
 */
export function sseDecoder(createParser: ParserFactory, onEvent: (event: EventSourceMessage) => void): (bytes: Uint8Array) => void {
  const decoder = new TextDecoder();
  const parser = createParser({ onEvent });
  return (bytes) => parser.feed(decoder.decode(bytes, STREAMING));
}

/**
 * Turns one event into a stream item: `[DONE]` and the `done` event end the stream; an `error`
 * event or an `{ error }` payload is an `api` error; data that is not JSON is a `parse` error.
 */
export function interpret(message: EventSourceMessage, mode: StreamMode, context: StreamContext): Interpreted {
  const { event } = message;
  // A server may echo the key; `includes` first keeps the common case free of split/join garbage.
  const data = scrub(message.data, context.secret);
  if (data === "[DONE]" || event === "done") return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch {
    if (event !== "error") return ["error", parseError(data, `${context.what} (a stream event)`)];
    parsed = data; // an error event with a plain-text message
  }
  if (event === "error") return ["error", streamApiError(parsed, data, context)];
  // Payloads are objects; only OpenAI's error envelope has a top-level `error` object.
  // (Assistant events carry failures in their own fields, e.g. `last_error`.)
  const inner = (parsed as { error?: unknown } | null)?.error;
  if (typeof inner === "object" && inner !== null && !event?.startsWith("thread.")) return ["error", streamApiError(parsed, data, context)];
  if (mode === "data") return ["ok", parsed];
  // Some streams (audio) send `data:` lines only: the payload's own `type` names the event then.
  const type = (parsed as { type?: unknown } | null)?.type;
  const named: NamedEvent = { event: event ?? (typeof type === "string" ? type : "message"), data: parsed };
  return ["ok", named];
}

/** A 2xx JSON body where an event stream was expected: its `{ error }` as an `api` error, else a `parse` error. */
export function notAStream(body: string, context: StreamContext): OpenAIError {
  const text = scrub(body, context.secret); // a server may echo the key
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not even JSON
  }
  if (typeof (parsed as { error?: unknown } | null)?.error === "object") return streamApiError(parsed, text, context);
  return parseError(text, `${context.what} (expected an event stream, got JSON)`);
}

/** An error sent inside a 2xx stream, as an `api` error with the response's status and headers. */
function streamApiError(parsed: unknown, data: string, context: StreamContext): OpenAIError {
  const envelope = (parsed as { error?: unknown } | null)?.error;
  // Stryker disable next-line ConditionalExpression: a null envelope and the parsed body beside it both lack a message
  const candidate = typeof envelope === "object" && envelope !== null ? envelope : parsed;
  const error: OpenAIErrorBody =
    typeof (candidate as OpenAIErrorBody | null)?.message === "string" // a string or number has no message either
      ? (candidate as OpenAIErrorBody)
      : { message: scrub(data, context.secret).slice(0, 200) };
  const { status, headers, requestId } = context.meta;
  const api: ApiError = {
    kind: "api",
    status,
    message: `${error.message || error.code || "error"} (an error event in the stream of ${context.what})`,
    error,
    body: parsed,
    headers: scrubHeaders({ ...headers }, context.secret),
  };
  if (requestId) api.requestId = requestId;
  return api;
}

/** Re-emits items as SSE bytes: `data:` frames (or `event:` + `data:` for named streams), then `[DONE]`. */
export function toSseStream<T>(iterator: AsyncIterator<StreamItem<T>, undefined>, mode: StreamMode): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const step = await iterator.next();
      if (step.done) {
        controller.enqueue(encoder.encode(mode === "named" ? "event: done\ndata: [DONE]\n\n" : "data: [DONE]\n\n"));
        controller.close();
        return;
      }
      const [status, value] = step.value;
      if (status === "error") {
        const error = value.kind === "api" ? value.error : { message: value.message, type: value.kind };
        controller.enqueue(encoder.encode(`event: error\ndata: ${JSON.stringify({ error })}\n\n`));
      } else if (mode === "named") {
        const { event, data } = value as NamedEvent;
        controller.enqueue(encoder.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`));
      } else controller.enqueue(encoder.encode(`data: ${JSON.stringify(value)}\n\n`));
    },
    cancel: async () => {
      await iterator.return?.();
    },
  });
}
