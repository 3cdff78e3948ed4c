/**
 * Threads, messages, runs and run steps (/threads…), and the v1 message files (2023-12 spec).
 *
 * Overlay: the v1 (2023-12) forms openai.ex sends stay accepted beside the latest spec's: the
 * `retrieval` tool in a run's `tools`, `file_ids` on messages. `AssistantStreamEvent` (the items of
 * the assistant streams) is the SDK's own `{ event, data }` pairing of event names and spec objects.
 */
import type { OpenAIErrorBody } from "../errors";
import type { AssistantTool } from "./assistants";
import type { Flat, Query, Schemas, Schemas2023 } from "./schema";

// ── Threads ────────────────────────────────────────────────────────────────────────────────

/**
 * A thread: a conversation with an assistant.
 *
 * @example
 * const [status, thread] = await threads("thread_abc123");
 * if (status === "ok") console.log(thread.created_at);
 */
export type Thread = Schemas["ThreadObject"];

/**
 * Params of `threadsCreate`.
 *
 * @example
 * await threadsCreate({ messages: [{ role: "user", content: "Hello" }] });
 */
export type ThreadCreateParams = Flat<Omit<Schemas["CreateThreadRequest"], "messages"> & { messages?: ThreadMessageCreateParams[] }>;

/** Params of `threadsModify`. */
export type ThreadModifyParams = Schemas["ModifyThreadRequest"];

/** Query of `threads(params)`: GET /threads is in no spec, so it takes the usual list query. */
export type ThreadListParams = Query<"listAssistants">;

// ── Messages ───────────────────────────────────────────────────────────────────────────────

/** A citation of a file in a message's text. */
export type ThreadMessageFileCitation = Schemas["MessageContentTextAnnotationsFileCitationObject"];
/** A path of a file the code interpreter made, in a message's text. */
export type ThreadMessageFilePath = Schemas["MessageContentTextAnnotationsFilePathObject"];
/** An annotation of a message's text. */
export type ThreadMessageAnnotation = ThreadMessageFileCitation | ThreadMessageFilePath;
/** The text content of a message. */
export type ThreadMessageTextContent = Schemas["MessageContentTextObject"];
/** An image file in a message. */
export type ThreadMessageImageFileContent = Schemas["MessageContentImageFileObject"];
/** An image URL in a message. */
export type ThreadMessageImageUrlContent = Schemas["MessageContentImageUrlObject"];
/** A refusal of the assistant. */
export type ThreadMessageRefusalContent = Schemas["MessageContentRefusalObject"];
/** Any content part of a message. */
export type ThreadMessageContent = Schemas["MessageObject"]["content"][number];
/** A file attached to a message and the tools it is for. */
export type ThreadMessageAttachment = NonNullable<Schemas["MessageObject"]["attachments"]>[number];

/**
 * A message of a thread.
 *
 * @example
 * const [status, message] = await threadMessage("thread_abc123", "msg_abc123");
 * if (status === "ok") for (const part of message.content) if (part.type === "text") console.log(part.text.value);
 */
export type ThreadMessage = Flat<Schemas["MessageObject"] & { file_ids?: string[] }>;

/** A content part of a new message: text, an image file or an image URL. */
export type ThreadMessageCreateContent = Exclude<Schemas["CreateMessageRequest"]["content"], string>[number];

/**
 * Params of `threadMessageCreate`.
 *
 * @example
 * await threadMessageCreate("thread_abc123", { role: "user", content: "How does AI work?" });
 */
export type ThreadMessageCreateParams = Flat<Schemas["CreateMessageRequest"] & { file_ids?: Schemas2023["CreateMessageRequest"]["file_ids"] }>;

/** Params of `threadMessageModify`. */
export type ThreadMessageModifyParams = Schemas["ModifyMessageRequest"];

/** Query of `threadMessages`. */
export type ThreadMessageListParams = Query<"listMessages">;

/** A file attached to a message (v1, 2023-12 spec). */
export type ThreadMessageFile = Schemas2023["MessageFileObject"];

/** A streamed change to a message (`thread.message.delta`). */
export type ThreadMessageDelta = Schemas["MessageDeltaObject"];

// ── Runs ───────────────────────────────────────────────────────────────────────────────────

/**
 * A run: an assistant working on a thread.
 *
 * @example
 * const [status, run] = await threadRun("thread_abc123", "run_abc123");
 * if (status === "ok" && run.status === "requires_action") console.log(run.required_action?.submit_tool_outputs.tool_calls);
 */
export type Run = Flat<Schemas["RunObject"] & { file_ids?: string[] }>;

/** Every status of a run. */
export type RunStatus = Run["status"];
/** A function call a run waits on. */
export type RunToolCall = Schemas["RunToolCallObject"];
/** What a run needs before it can go on. */
export type RunRequiredAction = NonNullable<Run["required_action"]>;
/** Token usage of a run. */
export type RunUsage = NonNullable<Schemas["RunCompletionUsage"]>;
/** How a thread is cut down to fit a run's context. */
export type RunTruncationStrategy = Schemas["TruncationObject"];

/** Extra fields a run step can carry (sent in the query as `include[]`). */
export type RunStepInclude = "step_details.tool_calls[*].file_search.results[*].content";

/**
 * Params of `threadRunCreate`. Overlay: `include` is the operation's query parameter (`include[]`),
 * sent in the query string beside the JSON body.
 *
 * @example
 * await threadRunCreate("thread_abc123", { assistant_id: "asst_abc123" });
 */
export type RunCreateParams = Flat<
  Omit<Schemas["CreateRunRequest"], "tools" | "additional_messages"> & {
    tools?: AssistantTool[] | null;
    additional_messages?: ThreadMessageCreateParams[] | null;
    /** Sent in the query (`include[]=…`), not the body: file search result content in the run's steps. */
    include?: RunStepInclude[];
  }
>;

/**
 * Params of `threadsCreateAndRun`.
 *
 * @example
 * await threadsCreateAndRun({ assistant_id: "asst_abc123", thread: { messages: [{ role: "user", content: "Hi" }] } });
 */
export type ThreadCreateAndRunParams = Flat<
  Omit<Schemas["CreateThreadAndRunRequest"], "tools" | "thread"> & { tools?: AssistantTool[] | null; thread?: ThreadCreateParams }
>;

/** Params of `threadRunModify`. */
export type RunModifyParams = Schemas["ModifyRunRequest"];

/** The output of one tool call. */
export type RunToolOutput = RunSubmitToolOutputsParams["tool_outputs"][number];

/**
 * Params of `threadRunSubmitToolOutputs`.
 *
 * @example
 * await threadRunSubmitToolOutputs("thread_abc123", "run_abc123", { tool_outputs: [{ tool_call_id: "call_1", output: "42" }] });
 */
export type RunSubmitToolOutputsParams = Schemas["SubmitToolOutputsRunRequest"];

/** Query of `threadRuns`. */
export type RunListParams = Query<"listRuns">;

// ── Run steps ──────────────────────────────────────────────────────────────────────────────

/** A code interpreter call of a run step. */
export type RunStepCodeInterpreterCall = Schemas["RunStepDetailsToolCallsCodeObject"];
/** A file search call of a run step. */
export type RunStepFileSearchCall = Schemas["RunStepDetailsToolCallsFileSearchObject"];
/** A function call of a run step. */
export type RunStepFunctionCall = Schemas["RunStepDetailsToolCallsFunctionObject"];
/** A retrieval call of a run step (v1, 2023-12 spec). */
export type RunStepRetrievalCall = Schemas2023["RunStepDetailsToolCallsRetrievalObject"];
/** Any tool call of a run step. */
export type RunStepToolCall = RunStepCodeInterpreterCall | RunStepFileSearchCall | RunStepFunctionCall | RunStepRetrievalCall;
/** What a run step did: create a message, or call tools. */
export type RunStepDetails = Schemas["RunStepDetailsMessageCreationObject"] | Schemas["RunStepDetailsToolCallsObject"];

/**
 * A step of a run.
 *
 * @example
 * const [status, step] = await threadRunStep("thread_abc123", "run_abc123", "step_abc123");
 * if (status === "ok") console.log(step.step_details.type);
 */
export type RunStep = Schemas["RunStepObject"];

/** Query params of `threadRunStep`: `include` (sent as `include[]`, e.g. file search result content). */
export interface RunStepRetrieveParams {
  include?: RunStepInclude[];
  /** @deprecated Use `include`; the literal name still works. */
  "include[]"?: string[];
}

/** Query of `threadRunSteps`: list params and `include` (sent as `include[]`; the literal `"include[]"` still works). */
export type RunStepListParams = Flat<Omit<Query<"listRunSteps">, "include[]"> & RunStepRetrieveParams>;

/** A streamed change to a run step (`thread.run.step.delta`). */
export type RunStepDelta = Schemas["RunStepDeltaObject"];

// ── Streaming ──────────────────────────────────────────────────────────────────────────────

type RunEventName = "created" | "queued" | "in_progress" | "requires_action" | "completed" | "incomplete" | "failed" | "cancelling" | "cancelled" | "expired";
type StepEventName = "created" | "in_progress" | "completed" | "failed" | "cancelled" | "expired";
type MessageEventName = "created" | "in_progress" | "completed" | "incomplete";

/**
 * An event of an assistant stream (`threadRunCreate`, `threadsCreateAndRun`,
 * `threadRunSubmitToolOutputs` with `stream: true`): the event name and its object.
 *
 * @example
 * for await (const [kind, item] of stream) if (kind === "ok" && item.event === "thread.message.delta") console.log(item.data.delta.content);
 */
export type AssistantStreamEvent =
  | { event: "thread.created"; data: Thread }
  | { event: `thread.run.${RunEventName}`; data: Run }
  | { event: `thread.run.step.${StepEventName}`; data: RunStep }
  | { event: "thread.run.step.delta"; data: RunStepDelta }
  | { event: `thread.message.${MessageEventName}`; data: ThreadMessage }
  | { event: "thread.message.delta"; data: ThreadMessageDelta }
  | { event: "error"; data: OpenAIErrorBody };
