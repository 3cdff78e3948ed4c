import type { Config } from "../../config";
import type { Result } from "../../result";
import type { ResponseObject } from "../../types/responses";
import { withOutputText } from "../../_internal/outputText";
import { request } from "../../_internal/request";

/**
 * Cancels a model response created with `background: true` (the request has no body).
 *
 * @param responseId The response, e.g. `resp_abc123`.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", ResponseObject, meta]` with `status: "cancelled"` and `output_text` computed.
 * @example
 * const [status, response] = await responsesCancel("resp_abc123");
 * @see https://platform.openai.com/docs/api-reference/responses/cancel
 */
export function responsesCancel(responseId: string, config?: Config): Promise<Result<ResponseObject>> {
  return withOutputText(
    request<ResponseObject>({ method: "POST", path: "/responses/{response_id}/cancel", ids: { response_id: responseId }, send: "none", config }),
  );
}
