import type { Config } from "../../config";
import type { Result } from "../../result";
import type { EventStream } from "../../stream";
import type { AssistantStreamEvent, Run, RunSubmitToolOutputsParams } from "../../types/threads";
import type { RequestSpec } from "../../_internal/prepare";
import { requestOrStream } from "../../_internal/stream";

/**
 * Submits the outputs of the tool calls a `requires_action` run waits for, all in one request.
 *
 * @param threadId The thread.
 * @param runId The run in status `requires_action`.
 * @param params `tool_outputs: [{ tool_call_id, output }]`, and `stream: true` to stream the rest of the run.
 * @param config Per-call config, merged over the defaults (`OpenAI-Beta: assistants=v2` unless `beta` is set).
 * @returns `["ok", Run, meta]` (the run resumes: `queued`), or with `stream: true`
 *   `["ok", EventStream<AssistantStreamEvent>, meta]` once the headers arrive.
 * @example
 * const [status, run] = await threadRunSubmitToolOutputs("thread_abc123", "run_abc123", {
 *   tool_outputs: [{ tool_call_id: "call_abc123", output: "22°C, sunny" }],
 * });
 * @see https://platform.openai.com/docs/api-reference/runs/submitToolOutputs
 * @deprecated OpenAI has deprecated the Assistants API: use `responsesCreate` (function calls are answered
 *   with `function_call_output` input items) and the Conversations functions instead.
 */
export function threadRunSubmitToolOutputs(
  threadId: string,
  runId: string,
  params: RunSubmitToolOutputsParams & { stream: true },
  config?: Config,
): Promise<Result<EventStream<AssistantStreamEvent>>>;
export function threadRunSubmitToolOutputs(
  threadId: string,
  runId: string,
  params: RunSubmitToolOutputsParams & { stream?: false | null },
  config?: Config,
): Promise<Result<Run>>;
export function threadRunSubmitToolOutputs(
  threadId: string,
  runId: string,
  params: RunSubmitToolOutputsParams,
  config?: Config,
): Promise<Result<Run | EventStream<AssistantStreamEvent>>>;
export function threadRunSubmitToolOutputs(
  threadId: string,
  runId: string,
  params: RunSubmitToolOutputsParams,
  config?: Config,
): Promise<Result<Run | EventStream<AssistantStreamEvent>>> {
  const path = "/threads/{threadId}/runs/{runId}/submit_tool_outputs";
  const spec: RequestSpec = { method: "POST", path, ids: { threadId, runId }, params, config, beta: "assistants" };
  return requestOrStream<Run, AssistantStreamEvent>(spec, "named");
}
