/** What the collect helpers return when folding fails (internal; not exported from the package). */
import { argumentError, parseError, type OpenAIError } from "../../errors";
import type { ResponseMeta } from "../../result";

/**
 * The error for a throw while folding: before any chunk, `stream` was not an EventStream (an
 * `argument` error); after one, a chunk lacked the documented shape (a `parse` error naming it).
 */
export function foldFailure(current: unknown, started: boolean, producer: string): OpenAIError {
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
export function meta(stream: { meta?: ResponseMeta }): ResponseMeta {
  try {
    return stream.meta ?? { status: 200, headers: {} };
  } catch {
    return { status: 200, headers: {} };
  }
}
