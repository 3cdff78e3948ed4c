import imagesResponse from "../../../fixtures/images_response.json";
import imagesB64 from "../../../fixtures/images_response_b64.json";
import type { MockHandler, MockReply, RecordedRequest } from "../types";
import { errorReply } from "./util";

/** Whether the reply carries `b64_json`: asked with `response_format`, or a gpt-image model (which always answers base64). */
function wantsBase64(request: RecordedRequest): boolean {
  const body = request.json as { response_format?: unknown; model?: unknown } | undefined;
  const format = body?.response_format ?? request.multipart?.fields.response_format;
  const model = body?.model ?? request.multipart?.fields.model;
  return format === "b64_json" || (typeof model === "string" && model.startsWith("gpt-image"));
}

/** The fixture with `n` images (default 1), as many as the request asked for, as URLs or base64. */
function images(request: RecordedRequest): MockReply {
  const asked = (request.json as { n?: unknown } | undefined)?.n ?? request.multipart?.fields.n;
  const n = Math.min(Math.max(Number(asked ?? 1) || 1, 1), 10);
  const [first] = wantsBase64(request) ? imagesB64.data : imagesResponse.data;
  return { body: { created: imagesResponse.created, data: Array.from({ length: n }, () => ({ ...first })) } };
}

/**
 * `stream: true`: `partial_images` (0-3) partial events, then the completed one, named with `prefix`
 * (`image_generation` or `image_edit`), as gpt-image-1 sends them.
 */
function imageStream(request: RecordedRequest, prefix: string): MockReply {
  const body = (request.json ?? request.multipart?.fields) as { partial_images?: unknown } | undefined;
  const partials = Math.min(Math.max(Number(body?.partial_images ?? 0) || 0, 0), 3);
  const b64_json = imagesB64.data[0]!.b64_json;
  const base = { b64_json, created_at: imagesResponse.created, size: "1024x1024", quality: "low", background: "opaque", output_format: "png" };
  const event = (name: string, data: object) => `event: ${prefix}.${name}\ndata: ${JSON.stringify({ type: `${prefix}.${name}`, ...data })}\n\n`;
  const usage = { total_tokens: 1_250, input_tokens: 50, output_tokens: 1_200, input_tokens_details: { text_tokens: 50, image_tokens: 0 } };
  return {
    sse: [
      ...Array.from({ length: partials }, (_, index) => event("partial_image", { ...base, partial_image_index: index })),
      event("completed", { ...base, usage }),
    ],
  };
}

const streaming = (request: RecordedRequest): boolean => {
  const flag = (request.json as { stream?: unknown } | undefined)?.stream ?? request.multipart?.fields.stream;
  return flag === true || flag === "true";
};

/** A 400 naming the first missing multipart field or file, like OpenAI's validation errors. */
function missing(request: RecordedRequest, fields: string[], files: string[]): MockReply | undefined {
  const form = request.multipart;
  if (!form) return errorReply(400, "Expected a multipart/form-data body");
  for (const field of fields)
    if (form.fields[field] === undefined)
      return errorReply(400, `Missing required parameter: '${field}'.`, "invalid_request_error", "missing_required_parameter", field);
  for (const file of files) {
    if (!form.files.some((part) => part.field === file || part.field === `${file}[]`)) {
      return errorReply(400, `Missing required parameter: '${file}'.`, "invalid_request_error", "missing_required_parameter", file);
    }
  }
  return undefined;
}

export const imagesRoutes: Record<string, MockHandler> = {
  "POST /images/generations": (request) => {
    const prompt = (request.json as { prompt?: unknown } | undefined)?.prompt;
    if (typeof prompt === "string" && streaming(request)) return imageStream(request, "image_generation");
    return typeof prompt === "string"
      ? images(request)
      : errorReply(400, "Missing required parameter: 'prompt'.", "invalid_request_error", "missing_required_parameter", "prompt");
  },
  "POST /images/edits": (request) => missing(request, ["prompt"], ["image"]) ?? (streaming(request) ? imageStream(request, "image_edit") : images(request)),
  "POST /images/variations": (request) => missing(request, [], ["image"]) ?? images(request),
};
