/**
 * Embeddings and moderations: one embedding (or moderation result) per input, like OpenAI.
 */
import embeddings from "../../../fixtures/embeddings.json";
import moderation from "../../../fixtures/moderation.json";
import type { MockHandler, MockReply, RecordedRequest } from "../types";
import { unknownModel } from "./util";

type Body = { input?: unknown; encoding_format?: unknown } | undefined;

/** How many embeddings an `input` asks for: one per array entry, one for a string or a token array. */
function embeddingCount(input: unknown): number {
  if (!Array.isArray(input)) return 1;
  if (input.length > 0 && input.every((item) => typeof item === "number")) return 1; // one input as tokens
  return input.length;
}

/** A vector as OpenAI's `encoding_format: "base64"`: float32 little-endian bytes in base64. */
export function base64Vector(vector: readonly number[]): string {
  const bytes = Buffer.alloc(vector.length * 4);
  vector.forEach((value, index) => bytes.writeFloatLE(value, index * 4));
  return bytes.toString("base64");
}

function embeddingsReply(request: RecordedRequest): MockReply {
  const body = request.json as Body;
  const [first] = embeddings.data;
  const vector = first?.embedding ?? [];
  const embedding = body?.encoding_format === "base64" ? base64Vector(vector) : vector;
  const data = Array.from({ length: embeddingCount(body?.input) }, (_, index) => ({ ...first, index, embedding }));
  return { body: { ...embeddings, data } };
}

/** One result per string of an array input; one for a string or a multi-modal array. */
function moderationReply(request: RecordedRequest): MockReply {
  const input = (request.json as Body)?.input;
  const count = Array.isArray(input) && input.every((item) => typeof item === "string") ? input.length : 1;
  const [first] = moderation.results;
  return { body: { ...moderation, results: Array.from({ length: count }, () => first) } };
}

export const embeddingRoutes: Record<string, MockHandler> = {
  "POST /embeddings": (request) => unknownModel(request) ?? embeddingsReply(request),
  "POST /moderations": (request) => unknownModel(request) ?? moderationReply(request),
};
