import type { Config } from "../../config";
import type { Result } from "../../result";
import type { ResponseInputTokens, ResponseInputTokensParams } from "../../types/responsesCompact";
import { request } from "../../_internal/request";

/**
 * Counts the input tokens a Responses request would use, without running the model.
 *
 * @param params What `responsesCreate` would send: `model`, `input` (or `previous_response_id`, `conversation`), `tools`, `instructions`...
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { object: "response.input_tokens", input_tokens }, meta]`.
 * @example
 * const [status, count] = await responsesInputTokens({ model: "gpt-4o-mini", input: "Tell me a joke." });
 * if (status === "ok") console.log(count.input_tokens);
 * @see https://platform.openai.com/docs/api-reference/responses/input-tokens
 */
export function responsesInputTokens(params: ResponseInputTokensParams, config?: Config): Promise<Result<ResponseInputTokens>> {
  return request({ method: "POST", path: "/responses/input_tokens", params, config });
}
