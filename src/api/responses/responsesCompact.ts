import type { Config } from "../../config";
import type { Result } from "../../result";
import type { ResponseCompactParams, ResponseCompaction } from "../../types/responsesCompact";
import { request } from "../../_internal/request";

/**
 * Compacts a long conversation into fewer items that a next `responsesCreate` can take as input.
 *
 * @param params `model` plus the conversation: `input` items or `previous_response_id` (and `instructions?`).
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { id, object: "response.compaction", output, usage, ... }, meta]`.
 * @example
 * const [status, compacted] = await responsesCompact({ model: "gpt-5", previous_response_id: "resp_abc123" });
 * if (status === "ok") await responsesCreate({ model: "gpt-5", input: [...compacted.output, { role: "user", content: "Go on" }] });
 * @see https://platform.openai.com/docs/api-reference/responses/compact
 */
export function responsesCompact(params: ResponseCompactParams, config?: Config): Promise<Result<ResponseCompaction>> {
  return request({ method: "POST", path: "/responses/compact", params, config });
}
