import type { Config } from "../../config";
import type { Result } from "../../result";
import type { EventStream } from "../../stream";
import type { AssistantStreamEvent, Run, ThreadCreateAndRunParams } from "../../types/threads";
import type { RequestSpec } from "../../_internal/prepare";
import { requestOrStream } from "../../_internal/stream";

/**
 * Creates a thread and runs it in one request; with `stream: true`, streams the run's named events.
 *
 * @param params `assistant_id` (required), `thread` (`messages`, `metadata`), run overrides, `stream`.
 * @param config Per-call config, merged over the defaults (`OpenAI-Beta: assistants=v2` unless `beta` is set).
 * @returns `["ok", Run, meta]` (status `queued`), or with `stream: true`
 *   `["ok", EventStream<AssistantStreamEvent>, meta]` once the headers arrive.
 * @example
 * const [status, run] = await threadsCreateAndRun({
 *   assistant_id: "asst_abc123",
 *   thread: { messages: [{ role: "user", content: "Explain deep learning to a 5 year old." }] },
 * });
 * @see https://platform.openai.com/docs/api-reference/runs/createThreadAndRun
 * @deprecated OpenAI has deprecated the Assistants API: use `responsesCreate` (with `conversationsCreate`,
 *   `conversationItemsCreate` and `conversationItems` for the history) instead.
 */
export function threadsCreateAndRun(params: ThreadCreateAndRunParams & { stream: true }, config?: Config): Promise<Result<EventStream<AssistantStreamEvent>>>;
export function threadsCreateAndRun(params?: (ThreadCreateAndRunParams & { stream?: false | null }) | Config, config?: Config): Promise<Result<Run>>;
export function threadsCreateAndRun(params?: ThreadCreateAndRunParams | Config, config?: Config): Promise<Result<Run | EventStream<AssistantStreamEvent>>>;
export function threadsCreateAndRun(params?: ThreadCreateAndRunParams | Config, config?: Config): Promise<Result<Run | EventStream<AssistantStreamEvent>>> {
  const spec: RequestSpec = { method: "POST", path: "/threads/runs", params, paramsOptional: true, config, beta: "assistants" };
  return requestOrStream<Run, AssistantStreamEvent>(spec, "named");
}
