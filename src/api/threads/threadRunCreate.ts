import type { Config } from "../../config";
import type { Result } from "../../result";
import type { EventStream } from "../../stream";
import type { AssistantStreamEvent, Run, RunCreateParams } from "../../types/threads";
import type { RequestSpec } from "../../_internal/prepare";
import { requestOrStream } from "../../_internal/stream";

/**
 * Starts a run of an assistant on a thread; with `stream: true`, streams its named events.
 *
 * @param threadId The thread to run.
 * @param params `assistant_id` (required), overrides (`model`, `instructions`, `tools`…), `additional_messages`, `stream`;
 *   `include` goes in the query (`include[]=…`), the rest in the JSON body.
 * @param config Per-call config, merged over the defaults (`OpenAI-Beta: assistants=v2` unless `beta` is set).
 * @returns `["ok", Run, meta]` (status `queued`), or with `stream: true`
 *   `["ok", EventStream<AssistantStreamEvent>, meta]` once the headers arrive.
 * @example
 * const [status, run] = await threadRunCreate("thread_abc123", { assistant_id: "asst_abc123" });
 * const [, events] = await threadRunCreate("thread_abc123", { assistant_id: "asst_abc123", stream: true });
 * const include = ["step_details.tool_calls[*].file_search.results[*].content" as const];
 * const [, withResults] = await threadRunCreate("thread_abc123", { assistant_id: "asst_abc123", include });
 * @see https://platform.openai.com/docs/api-reference/runs/createRun
 * @deprecated OpenAI has deprecated the Assistants API: use `responsesCreate` (with `conversationsCreate`,
 *   `conversationItemsCreate` and `conversationItems` for the history) instead.
 */
export function threadRunCreate(
  threadId: string,
  params: RunCreateParams & { stream: true },
  config?: Config,
): Promise<Result<EventStream<AssistantStreamEvent>>>;
export function threadRunCreate(threadId: string, params: RunCreateParams & { stream?: false | null }, config?: Config): Promise<Result<Run>>;
export function threadRunCreate(threadId: string, params: RunCreateParams, config?: Config): Promise<Result<Run | EventStream<AssistantStreamEvent>>>;
export function threadRunCreate(threadId: string, params: RunCreateParams, config?: Config): Promise<Result<Run | EventStream<AssistantStreamEvent>>> {
  const spec: RequestSpec = { method: "POST", path: "/threads/{threadId}/runs", ids: { threadId }, params, queryKeys: ["include"], config, beta: "assistants" };
  return requestOrStream<Run, AssistantStreamEvent>(spec, "named");
}
