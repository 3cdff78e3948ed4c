import type { Config } from "../../config";
import type { Result } from "../../result";
import type { ResponseInputItemsParams, ResponseItemList } from "../../types/responses";
import { request } from "../../_internal/request";

/**
 * Lists the input items of a model response.
 *
 * @param responseId The response, e.g. `resp_abc123`.
 * @param params `{ after?, limit?, order?, include? }` (or a config alone).
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { object: "list", data: ResponseItem[], first_id, last_id, has_more }, meta]`.
 * @example
 * const [status, page] = await responsesInputItems("resp_abc123", { limit: 10 });
 * for await (const [kind, item] of paginate(responsesInputItems, "resp_abc123")) if (kind === "ok") console.log(item.type);
 * @see https://platform.openai.com/docs/api-reference/responses/input-items
 */
export function responsesInputItems(responseId: string, params?: ResponseInputItemsParams | Config, config?: Config): Promise<Result<ResponseItemList>> {
  return request({
    method: "GET",
    path: "/responses/{response_id}/input_items",
    ids: { response_id: responseId },
    params,
    paramsOptional: true,
    config,
  });
}
