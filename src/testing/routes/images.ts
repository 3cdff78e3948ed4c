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
    return typeof prompt === "string"
      ? images(request)
      : errorReply(400, "Missing required parameter: 'prompt'.", "invalid_request_error", "missing_required_parameter", "prompt");
  },
  "POST /images/edits": (request) => missing(request, ["prompt"], ["image"]) ?? images(request),
  "POST /images/variations": (request) => missing(request, [], ["image"]) ?? images(request),
};
