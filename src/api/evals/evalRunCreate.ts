import type { Config } from "../../config";
import type { Result } from "../../result";
import type { EvalRun, EvalRunCreateParams } from "../../types/evals";
import { request } from "../../_internal/request";

/**
 * Starts a run of an eval over a data source (a JSONL file, stored completions or responses).
 *
 * @param evalId The eval, e.g. `eval_abc123`.
 * @param params `data_source` (plus `name?`, `metadata?`).
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", EvalRun, meta]`, usually with `status: "queued"`.
 * @example
 * const [status, run] = await evalRunCreate("eval_abc123", {
 *   name: "gpt-4.1-mini baseline",
 *   data_source: { type: "jsonl", source: { type: "file_id", id: "file-abc123" } },
 * });
 * @see https://platform.openai.com/docs/api-reference/evals/createRun
 */
export function evalRunCreate(evalId: string, params: EvalRunCreateParams, config?: Config): Promise<Result<EvalRun>> {
  return request({ method: "POST", path: "/evals/{eval_id}/runs", ids: { eval_id: evalId }, params, config });
}
