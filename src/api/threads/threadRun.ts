import type { Config } from "../../config";
import type { Result } from "../../result";
import type { Run } from "../../types/threads";
import { request } from "../../_internal/request";

/**
 * Retrieves a run, e.g. to poll its `status`.
 *
 * @param threadId The thread.
 * @param runId The run.
 * @param config Per-call config, merged over the defaults (`OpenAI-Beta: assistants=v2` unless `beta` is set).
 * @returns `["ok", Run, meta]` or `["error", e]`.
 * @example
 * const [status, run] = await threadRun("thread_abc123", "run_abc123");
 * if (status === "ok" && run.status === "requires_action") console.log(run.required_action?.submit_tool_outputs.tool_calls);
 * @see https://platform.openai.com/docs/api-reference/runs/getRun
 * @deprecated OpenAI has deprecated the Assistants API: use `responsesCreate` (with `conversationsCreate`,
 *   `conversationItemsCreate` and `conversationItems` for the history) instead.
 */
export function threadRun(threadId: string, runId: string, config?: Config): Promise<Result<Run>> {
  return request({ method: "GET", path: "/threads/{threadId}/runs/{runId}", ids: { threadId, runId }, send: "none", config, beta: "assistants" });
}
