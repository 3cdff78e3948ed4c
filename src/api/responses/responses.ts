import type { Config } from "../../config";
import type { Result } from "../../result";
import type { ResponseObject, ResponseRetrieveParams } from "../../types/responses";
import { withOutputText } from "../../_internal/outputText";
import { request } from "../../_internal/request";

/**
 * Retrieves a stored model response by id (e.g. to poll one created with `background: true`).
 *
 * @param responseId The response, e.g. `resp_abc123`.
 * @param paramsOrConfig Optional query `{ include, include_obfuscation, starting_after }` (`include` is sent
 *   as `include[]`), or the config when no params are given.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", ResponseObject, meta]`, with `output_text` (the joined text of its messages) computed.
 * @example
 * const [status, response] = await responses("resp_abc123");
 * if (status === "ok") console.log(response.status, response.output);
 * const [, withResults] = await responses("resp_abc123", { include: ["file_search_call.results"] });
 * @see https://platform.openai.com/docs/api-reference/responses/get
 */
export function responses(responseId: string, config?: Config): Promise<Result<ResponseObject>>;
export function responses(responseId: string, params?: ResponseRetrieveParams, config?: Config): Promise<Result<ResponseObject>>;
export function responses(responseId: string, paramsOrConfig?: ResponseRetrieveParams | Config, config?: Config): Promise<Result<ResponseObject>> {
  // The config-only form predates params: an object of config keys alone is the config (prepare tells them apart).
  return withOutputText(
    request<ResponseObject>({
      method: "GET",
      path: "/responses/{response_id}",
      ids: { response_id: responseId },
      params: paramsOrConfig,
      paramsOptional: true,
      config,
    }),
  );
}
