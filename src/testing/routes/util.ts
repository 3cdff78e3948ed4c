/** Helpers shared by the default routes of the mock server. */
import modelsList from "../../../fixtures/models_list.json";
import type { MockReply, RecordedRequest } from "../types";

/** An OpenAI-shaped error reply. */
export function errorReply(status: number, message: string, type = "invalid_request_error", code: string | null = null, param: string | null = null): MockReply {
  return { status, body: { error: { message, type, param, code } } };
}

/** The 404 OpenAI answers for a model that does not exist, or `undefined` when the body's model is known. */
export function unknownModel(request: RecordedRequest): MockReply | undefined {
  const model = (request.json as { model?: unknown } | undefined)?.model ?? request.multipart?.fields.model;
  if (typeof model !== "string" || modelsList.data.some((known) => known.id === model) || model.startsWith("ft:")) return undefined;
  return errorReply(404, `The model \`${model}\` does not exist or you do not have access to it.`, "invalid_request_error", "model_not_found");
}

/** A copy of `fixture` with fields replaced (e.g. the id from the path). */
export function withFields<T extends object>(fixture: T, fields: Record<string, unknown>): MockReply {
  return { body: { ...fixture, ...fields } };
}
