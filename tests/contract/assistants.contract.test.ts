import {
  assistantFile,
  assistantFileCreate,
  assistantFileDelete,
  assistantFiles,
  assistants,
  assistantsCreate,
  assistantsDelete,
  assistantsModify,
  threadMessage,
  threadMessageCreate,
  threadMessageDelete,
  threadMessageFile,
  threadMessageFiles,
  threadMessageModify,
  threadMessages,
  threadRun,
  threadRunCancel,
  threadRunCreate,
  threadRunModify,
  threadRuns,
  threadRunStep,
  threadRunSteps,
  threadRunSubmitToolOutputs,
  threads,
  threadsCreate,
  threadsCreateAndRun,
  threadsDelete,
  threadsModify,
} from "../../src/index";
import { contractTable, type ContractRow } from "./harness";

// The v1-only endpoints (assistant files, message files) exist only in the 2023-12 spec and
// message delete only in the latest. `threads(params)` (GET /threads) is in neither spec: OpenAI
// never documented it, so it has no row here (the unit tests cover it on the mock server).
const both: ContractRow["specs"] = ["2023-12", "latest"];
const v1: ContractRow["specs"] = ["2023-12"];
const list = { limit: 2, order: "desc" as const, after: "x_after", before: "x_before" };
const messages = [{ role: "user" as const, content: "Hello, what is AI?" }];
const metadata = { key_1: "value 1" };
const fileSearchContent = "step_details.tool_calls[*].file_search.results[*].content" as const;

contractTable("assistants family", [
  { name: "assistants()", specs: both, call: (config) => assistants({}, config) },
  { name: "assistants(params)", specs: both, call: (config) => assistants(list, config) },
  { name: "assistants(assistantId)", specs: both, call: (config) => assistants("asst_abc123", config) },
  {
    name: "assistantsCreate(params)",
    specs: both,
    call: (config) =>
      assistantsCreate({ model: "gpt-4", name: "Math tutor", instructions: "You are a math tutor.", tools: [{ type: "code_interpreter" }], metadata }, config),
  },
  { name: "assistantsModify(assistantId, params)", specs: both, call: (config) => assistantsModify("asst_abc123", { name: "My upgraded assistant" }, config) },
  { name: "assistantsDelete(assistantId)", specs: both, call: (config) => assistantsDelete("asst_abc123", config) },
  { name: "assistantFiles(assistantId)", specs: v1, call: (config) => assistantFiles("asst_abc123", undefined, config) },
  { name: "assistantFiles(assistantId, params)", specs: v1, call: (config) => assistantFiles("asst_abc123", list, config) },
  { name: "assistantFile(assistantId, fileId)", specs: v1, call: (config) => assistantFile("asst_abc123", "file-abc123", config) },
  { name: "assistantFileCreate(assistantId, params)", specs: v1, call: (config) => assistantFileCreate("asst_abc123", { file_id: "file-abc123" }, config) },
  { name: "assistantFileDelete(assistantId, fileId)", specs: v1, call: (config) => assistantFileDelete("asst_abc123", "file-abc123", config) },

  { name: "threads(threadId)", specs: both, call: (config) => threads("thread_abc123", config) },
  { name: "threadsCreate()", specs: both, call: (config) => threadsCreate({}, config) },
  { name: "threadsCreate(params)", specs: both, call: (config) => threadsCreate({ messages, metadata }, config) },
  {
    name: "threadsCreateAndRun(params)",
    specs: both,
    call: (config) => threadsCreateAndRun({ assistant_id: "asst_abc123", thread: { messages, metadata } }, config),
  },
  { name: "threadsModify(threadId, params)", specs: both, call: (config) => threadsModify("thread_abc123", { metadata }, config) },
  { name: "threadsDelete(threadId)", specs: both, call: (config) => threadsDelete("thread_abc123", config) },

  { name: "threadMessages(threadId)", specs: both, call: (config) => threadMessages("thread_abc123", undefined, config) },
  { name: "threadMessages(threadId, params)", specs: both, call: (config) => threadMessages("thread_abc123", list, config) },
  { name: "threadMessage(threadId, messageId)", specs: both, call: (config) => threadMessage("thread_abc123", "msg_abc123", config) },
  {
    name: "threadMessageCreate(threadId, params)",
    specs: both,
    call: (config) => threadMessageCreate("thread_abc123", { role: "user", content: "Hello, what is AI?", metadata }, config),
  },
  {
    name: "threadMessageModify(threadId, messageId, params)",
    specs: both,
    call: (config) => threadMessageModify("thread_abc123", "msg_abc123", { metadata }, config),
  },
  { name: "threadMessageDelete(threadId, messageId)", specs: ["latest"], call: (config) => threadMessageDelete("thread_abc123", "msg_abc123", config) },
  { name: "threadMessageFiles(threadId, messageId)", specs: v1, call: (config) => threadMessageFiles("thread_abc123", "msg_abc123", undefined, config) },
  { name: "threadMessageFiles(threadId, messageId, params)", specs: v1, call: (config) => threadMessageFiles("thread_abc123", "msg_abc123", list, config) },
  {
    name: "threadMessageFile(threadId, messageId, fileId)",
    specs: v1,
    call: (config) => threadMessageFile("thread_abc123", "msg_abc123", "file-abc123", config),
  },

  { name: "threadRuns(threadId)", specs: both, call: (config) => threadRuns("thread_abc123", undefined, config) },
  { name: "threadRuns(threadId, params)", specs: both, call: (config) => threadRuns("thread_abc123", list, config) },
  { name: "threadRun(threadId, runId)", specs: both, call: (config) => threadRun("thread_abc123", "run_abc123", config) },
  {
    name: "threadRunCreate(threadId, params)",
    specs: both,
    call: (config) => threadRunCreate("thread_abc123", { assistant_id: "asst_abc123", instructions: "Be brief.", metadata }, config),
  },
  { name: "threadRunModify(threadId, runId, params)", specs: both, call: (config) => threadRunModify("thread_abc123", "run_abc123", { metadata }, config) },
  {
    name: "threadRunSubmitToolOutputs(threadId, runId, params)",
    specs: both,
    call: (config) => threadRunSubmitToolOutputs("thread_abc123", "run_abc123", { tool_outputs: [{ tool_call_id: "call_abc123", output: "22°C" }] }, config),
  },
  { name: "threadRunCancel(threadId, runId)", specs: both, call: (config) => threadRunCancel("thread_abc123", "run_abc123", config) },
  { name: "threadRunSteps(threadId, runId)", specs: both, call: (config) => threadRunSteps("thread_abc123", "run_abc123", undefined, config) },
  { name: "threadRunSteps(threadId, runId, params)", specs: both, call: (config) => threadRunSteps("thread_abc123", "run_abc123", list, config) },
  { name: "threadRunStep(threadId, runId, stepId)", specs: both, call: (config) => threadRunStep("thread_abc123", "run_abc123", "step_abc123", config) },
  // include travels as include[] in the query: in the body, Prism would refuse it (CreateRunRequest allows no
  // other field). Prism does not validate bracketed query names, so an unknown include is no negative row.
  {
    name: "threadRunCreate(threadId, { assistant_id, include })",
    specs: both,
    call: (config) => threadRunCreate("thread_abc123", { assistant_id: "asst_abc123", include: [fileSearchContent] }, config),
  },
  {
    name: "threadRunSteps(threadId, runId, { include })",
    specs: both,
    call: (config) => threadRunSteps("thread_abc123", "run_abc123", { ...list, include: [fileSearchContent] }, config),
  },
  {
    name: "threadRunStep(threadId, runId, stepId, { include })",
    specs: both,
    call: (config) => threadRunStep("thread_abc123", "run_abc123", "step_abc123", { include: [fileSearchContent] }, config),
  },
  // Negative row: the required assistant_id is the server's to enforce.
  { name: "threadRunCreate without assistant_id → 422", specs: both, expect: 422, call: (config) => threadRunCreate("thread_abc123", {} as never, config) },
]);
