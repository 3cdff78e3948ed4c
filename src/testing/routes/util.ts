/** Helpers shared by the default routes of the mock server. */
import type { MockReply, RecordedRequest } from "../types";

/** An OpenAI-shaped error reply. */
export function errorReply(
  status: number,
  message: string,
  type = "invalid_request_error",
  code: string | null = null,
  param: string | null = null,
): MockReply {
  return { status, body: { error: { message, type, param, code } } };
}

/** The words that make a model name one that "does not exist" on the mock server (see `startMockServer`). */
const MISSING_MODEL = /nope|nonexistent|does-not-exist|no-such|unknown/i;

/**
 * Whether the mock server answers `model_not_found` for this model name: every name exists except
 * those containing `nope`, `nonexistent`, `does-not-exist`, `no-such` or `unknown` (any case).
 *
 * @param model The model name from the body or the path.
 * @returns `true` for a name the mock treats as missing.
 * @example
 * isMissingModel("gpt-nope"); // true
 * isMissingModel("gpt-5"); // false
 */
export function isMissingModel(model: string): boolean {
  return MISSING_MODEL.test(model);
}

/** The 404 OpenAI answers for a model that does not exist, or `undefined` when the body's model exists. */
export function unknownModel(request: RecordedRequest): MockReply | undefined {
  const model = (request.json as { model?: unknown } | undefined)?.model ?? request.multipart?.fields.model;
  if (typeof model !== "string" || !isMissingModel(model)) return undefined;
  return errorReply(404, `The model \`${model}\` does not exist or you do not have access to it.`, "invalid_request_error", "model_not_found");
}

/** A copy of `fixture` with fields replaced (e.g. the id from the path). */
export function withFields<T extends object>(fixture: T, fields: Record<string, unknown>): MockReply {
  return { body: { ...fixture, ...fields } };
}
