/** The loop shared by the collect helpers (internal; not exported from the package). */
import { argumentError, parseError, type OpenAIError } from "../errors";
import { err, ok, type ResponseMeta, type Result } from "../result";
import type { EventStream } from "../stream";

/**
 * Reads `stream` to its end, handing each chunk to `fold`, and returns `result()` with the stream's
 * meta; the stream's own error item, or a failure while folding, becomes the error tuple.
 */
export async function foldStream<C, R>(stream: EventStream<C>, producer: string, fold: (chunk: C) => void, result: () => R): Promise<Result<R>> {
  let current: unknown;
  let started = false;
  try {
    for await (const [status, chunk] of stream) {
      if (status === "error") return err(chunk);
      current = chunk;
      started = true;
      fold(chunk);
    }
  } catch {
    return err(foldFailure(current, started, producer));
  }
  return ok(result(), streamMeta(stream));
}

/**
 * The error for a throw while folding: before any chunk, `stream` was not an EventStream (an
 * `argument` error); after one, a chunk lacked the documented shape (a `parse` error naming it).
 */
function foldFailure(current: unknown, started: boolean, producer: string): OpenAIError {
  if (!started) return argumentError("stream", `stream must be the EventStream returned by ${producer}({ ..., stream: true })`);
  let body: string;
  try {
    body = JSON.stringify(current) ?? String(current);
  } catch {
    body = "(unprintable chunk)";
  }
  return parseError(body, "a chunk of the stream (folding it)");
}

/** The stream's meta, or a bare 200 for an async iterable that is not an EventStream. */
export function streamMeta(stream: { meta?: ResponseMeta }): ResponseMeta {
  try {
    return stream.meta ?? { status: 200, headers: {} };
  } catch {
    return { status: 200, headers: {} };
  }
}
