import type { Config } from "../../config";
import type { Result } from "../../result";
import type { ResponseObject } from "../../types/responses";
import { request } from "../../_internal/request";

/**
 * Retrieves a stored model response by id (e.g. to poll one created with `background: true`).
 *
 * @param responseId The response, e.g. `resp_abc123`.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", ResponseObject, meta]`.
 * @example
 * const [status, response] = await responses("resp_abc123");
 * if (status === "ok") console.log(response.status, response.output);
 * @see https://platform.openai.com/docs/api-reference/responses/get
 */
export function responses(responseId: string, config?: Config): Promise<Result<ResponseObject>> {
  return request({ method: "GET", path: "/responses/{response_id}", ids: { response_id: responseId }, send: "none", config });
}
