import type { Config } from "../../config";
import type { Result } from "../../result";
import type { ResponseDeleted } from "../../types/responses";
import { request } from "../../_internal/request";

/**
 * Deletes a stored model response.
 *
 * @param responseId The response, e.g. `resp_abc123`.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { id, object, deleted: true }, meta]`; an empty 2xx body gives `{ id, object: "response", deleted: true }`.
 * @example
 * const [status, deleted] = await responsesDelete("resp_abc123");
 * @see https://platform.openai.com/docs/api-reference/responses/delete
 */
export function responsesDelete(responseId: string, config?: Config): Promise<Result<ResponseDeleted>> {
  // The spec declares a 200 without content: an empty body is a success, not an `http` error.
  const emptyResult: ResponseDeleted = { id: typeof responseId === "string" ? responseId : "", object: "response", deleted: true };
  return request({ method: "DELETE", path: "/responses/{response_id}", ids: { response_id: responseId }, send: "none", config, emptyResult });
}
