/**
 * Streaming requests: `requestEventStream(spec, mode)` resolves when the headers arrive with an
 * `EventStream`. Mode `data` yields each event's parsed JSON `data`; mode `named` yields
 * `{ event, data }` (the assistants family).
 *
 * STUB: the streams issue replaces this body with the real implementation.
 */
import { argumentError } from "../errors";
import { err, type Result } from "../result";
import type { EventStream } from "../stream";
import type { RequestSpec } from "./prepare";

export type StreamMode = "data" | "named";

export async function requestEventStream<T>(_spec: RequestSpec, _mode: StreamMode): Promise<Result<EventStream<T>>> {
  return err(argumentError("stream", "streaming is not implemented yet"));
}
