import { argumentError, parseError } from "../../errors";
import type { StreamItem } from "../../result";
import type { EventStream } from "../../stream";
import type { SpeechStreamEvent } from "../../types/audio";

const NOT_A_STREAM = 'speechAudio expects the EventStream of audioSpeech({ ..., stream_format: "sse" })';

/**
 * The audio of a speech stream as it comes: `["ok", bytes]` for each `speech.audio.delta` (its base64
 * decoded; one chunk held at a time), other events skipped, and the stream's final `["error", e]` passed on
 * (so a cut is never silent). Breaking out of the loop releases the connection.
 *
 * @param stream The stream of `audioSpeech({ ..., stream_format: "sse" })`, not yet iterated.
 * @returns An async iterable of `["ok", Uint8Array]` items and at most one final `["error", e]` (an `argument`
 *   error when `stream` is not an EventStream, a `parse` error for a chunk that is not base64); it never throws.
 * @example
 * const [status, stream] = await audioSpeech({ model: "gpt-4o-mini-tts", voice: "alloy", input: "Hello", response_format: "pcm", stream_format: "sse" });
 * if (status === "ok") for await (const [kind, bytes] of speechAudio(stream)) if (kind === "ok") speaker.write(bytes);
 */
export function speechAudio(stream: EventStream<SpeechStreamEvent>): AsyncGenerator<StreamItem<Uint8Array>, void, undefined> {
  return decodedChunks(stream);
}

async function* decodedChunks(stream: EventStream<SpeechStreamEvent>): AsyncGenerator<StreamItem<Uint8Array>, void, undefined> {
  if (!isEventStream(stream)) {
    yield ["error", argumentError("stream", NOT_A_STREAM)];
    return;
  }
  try {
    for await (const item of stream) {
      if (item[0] === "error") {
        yield item;
        return;
      }
      const { event, data } = item[1];
      if (event !== "speech.audio.delta") continue;
      const bytes = base64Bytes(data.audio);
      if (!bytes) {
        yield ["error", parseError(String(data.audio), "a speech.audio.delta event", "A speech.audio.delta event's audio is not base64")];
        return; // leaving the loop releases the connection
      }
      yield ["ok", bytes];
    }
  } catch {
    yield ["error", argumentError("stream", NOT_A_STREAM)];
  }
}

/** Whether `value` looks like an EventStream (an async iterable with `abort`); never throws, whatever `value` is. */
export function isEventStream(value: unknown): value is EventStream<unknown> {
  try {
    return (
      typeof value === "object" &&
      value !== null &&
      typeof (value as { abort?: unknown }).abort === "function" &&
      typeof (value as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === "function"
    );
  } catch {
    return false;
  }
}

/** Decodes base64 (`atob`: Node, browsers and edge runtimes alike), or `undefined` when it is not base64. */
function base64Bytes(text: unknown): Uint8Array | undefined {
  if (typeof text !== "string") return undefined;
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    return undefined;
  }
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
