import transcription from "../../../fixtures/transcription.json";
import translation from "../../../fixtures/translation.json";
import formats from "../../../fixtures/transcription_formats.json";
import type { MockHandler, MockReply, RecordedRequest } from "../types";
import { errorReply } from "./util";

/** One silent MPEG-1 Layer III frame: what the mock "speaks". */
function silentMp3(): Uint8Array {
  const frame = new Uint8Array(417);
  frame.set([0xff, 0xfb, 0x90, 0x00]);
  return frame;
}

/**
 * The frame the SSE form sends: the silent frame's header with a patterned payload, so that each base64
 * chunk differs and a test can tell chunks apart (or in the wrong order).
 */
function patternedMp3(): Uint8Array {
  const frame = silentMp3();
  for (let index = 4; index < frame.length; index++) frame[index] = (index * 31 + 7) & 0xff;
  return frame;
}

/** A `data:`-only SSE frame, as the audio streams send them (the payload's `type` names the event). */
const frame = (data: object): string => `data: ${JSON.stringify(data)}\n\n`;

/**
 * The audio as `speech.audio.delta` events of base64 chunks (three here, a real stream sends many),
 * then `speech.audio.done` with the usage (fixtures/audio_speech_stream.sse is this output).
 */
function speechEvents(audio: Uint8Array): string[] {
  const size = Math.ceil(audio.length / 3);
  const deltas = [0, 1, 2].map((part) =>
    frame({ type: "speech.audio.delta", audio: Buffer.from(audio.subarray(part * size, (part + 1) * size)).toString("base64") }),
  );
  return [...deltas, frame({ type: "speech.audio.done", usage: { input_tokens: 14, output_tokens: 101, total_tokens: 115 } })];
}

/**
 * The transcript as `transcript.text.delta` events (a word each), then `transcript.text.done` with the
 * text and usage (fixtures/audio_transcription_stream.sse is this output).
 */
function transcriptEvents(text: string): string[] {
  const words = text.match(/\s*\S+/g) ?? [];
  const deltas = words.map((delta) => frame({ type: "transcript.text.delta", delta }));
  const usage = {
    type: "tokens",
    input_tokens: 48,
    input_token_details: { text_tokens: 0, audio_tokens: 48 },
    output_tokens: words.length,
    total_tokens: 48 + words.length,
  };
  return [...deltas, frame({ type: "transcript.text.done", text, usage })];
}

/** Answers in the requested `response_format`: JSON objects, or text for text, srt and vtt; or a stream for `stream=true`. */
function transcribed(request: RecordedRequest, json: { text: string }, streams: boolean): MockReply {
  const form = request.multipart;
  if (!form?.files.some((file) => file.field === "file"))
    return errorReply(400, "Missing required parameter: 'file'.", "invalid_request_error", "missing_required_parameter", "file");
  if (typeof form.fields.model !== "string")
    return errorReply(400, "Missing required parameter: 'model'.", "invalid_request_error", "missing_required_parameter", "model");
  // whisper-1 ignores `stream` (it answers the whole transcript), as the API does.
  if (streams && form.fields.stream === "true" && form.fields.model !== "whisper-1") return { sse: transcriptEvents(json.text) };
  switch (form.fields.response_format) {
    case "text":
      return { headers: { "content-type": "text/plain; charset=utf-8" }, body: formats.text };
    case "srt":
      return { headers: { "content-type": "text/plain; charset=utf-8" }, body: formats.srt };
    case "vtt":
      return { headers: { "content-type": "text/vtt; charset=utf-8" }, body: formats.vtt };
    case "verbose_json":
      return { body: verbose(form.fields["timestamp_granularities[]"]) };
    default:
      return { body: json };
  }
}

/**
 * `verbose_json` with the timestamps asked for by `timestamp_granularities[]`: `segments` by
 * default or for `segment`, `words` (one per word of the text, spread over the duration) for `word`.
 */
function verbose(granularities: string | string[] | undefined): Record<string, unknown> {
  const asked = granularities === undefined ? ["segment"] : ([] as string[]).concat(granularities);
  const { segments, ...rest } = formats.verbose_json;
  const body: Record<string, unknown> = { ...rest };
  if (asked.includes("word")) {
    const words = rest.text.split(/\s+/).filter(Boolean);
    const step = rest.duration / words.length;
    body.words = words.map((word, index) => ({ word, start: round(index * step), end: round((index + 1) * step) }));
  }
  if (asked.includes("segment")) body.segments = segments;
  return body;
}

const round = (seconds: number): number => Math.round(seconds * 100) / 100;

export const audioRoutes: Record<string, MockHandler> = {
  "POST /audio/speech": (request) => {
    const body = request.json as { input?: unknown; model?: unknown; stream_format?: unknown } | undefined;
    if (typeof body?.input !== "string")
      return errorReply(400, "Missing required parameter: 'input'.", "invalid_request_error", "missing_required_parameter", "input");
    if (body.stream_format !== "sse") return { headers: { "content-type": "audio/mpeg" }, body: silentMp3() };
    if (body.model === "tts-1" || body.model === "tts-1-hd")
      return errorReply(400, `stream_format 'sse' is not supported for ${body.model}.`, "invalid_request_error", "unsupported_value", "stream_format");
    return { sse: speechEvents(patternedMp3()) };
  },
  "POST /audio/transcriptions": (request) => transcribed(request, transcription, true),
  // Translations do not stream: `stream` is not one of their fields.
  "POST /audio/translations": (request) => transcribed(request, translation, false),
};
