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

/** Answers in the requested `response_format`: JSON objects, or text for text, srt and vtt. */
function transcribed(request: RecordedRequest, json: { text: string }): MockReply {
  const form = request.multipart;
  if (!form?.files.some((file) => file.field === "file"))
    return errorReply(400, "Missing required parameter: 'file'.", "invalid_request_error", "missing_required_parameter", "file");
  if (typeof form.fields.model !== "string")
    return errorReply(400, "Missing required parameter: 'model'.", "invalid_request_error", "missing_required_parameter", "model");
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
    const body = request.json as { input?: unknown } | undefined;
    if (typeof body?.input !== "string")
      return errorReply(400, "Missing required parameter: 'input'.", "invalid_request_error", "missing_required_parameter", "input");
    return { headers: { "content-type": "audio/mpeg" }, body: silentMp3() };
  },
  "POST /audio/transcriptions": (request) => transcribed(request, transcription),
  "POST /audio/translations": (request) => transcribed(request, translation),
};
