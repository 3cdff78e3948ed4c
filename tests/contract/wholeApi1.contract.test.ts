/** Issue 15, part 1: the escape hatch, stored chat completions, input tokens and compaction, containers, ChatKit, content provenance. */
import { resolve } from "node:path";
import {
  chatCompletionMessages,
  chatCompletions,
  chatCompletionsDelete,
  chatCompletionsModify,
  chatkitSessionsCancel,
  chatkitSessionsCreate,
  chatkitThreadItems,
  chatkitThreads,
  chatkitThreadsDelete,
  containerFile,
  containerFileContent,
  containerFileCreate,
  containerFileDelete,
  containerFiles,
  containers,
  containersCreate,
  containersDelete,
  contentProvenanceChecksCreate,
  request,
  responsesCompact,
  responsesInputTokens,
} from "../../src/index";
import { contractTable } from "./harness";

const latest = ["latest" as const];
const PNG = resolve(import.meta.dirname, "../../fixtures/uploads/otter.png");
const JSONL = resolve(import.meta.dirname, "../../fixtures/uploads/train.jsonl");

contractTable("whole API 1: the escape hatch", [
  {
    name: 'request("GET", "/models/{model}", ids)',
    specs: latest,
    call: (config) => request("GET", "/models/{model}", undefined, { ...config, ids: { model: "gpt-4o" } }),
  },
  {
    name: 'request("POST", "/chat/completions", params)',
    specs: latest,
    call: (config) => request("POST", "/chat/completions", { model: "gpt-4o-mini", messages: [{ role: "user", content: "Hi" }] }, config),
  },
  {
    name: 'request("POST", "/files", { file, purpose }) (multipart)',
    specs: latest,
    call: (config) => request("POST", "/files", { file: JSONL, purpose: "fine-tune" }, config),
  },
  {
    name: 'request("POST", "/chat/completions") without model → 422',
    specs: latest,
    expect: 422,
    call: (config) => request("POST", "/chat/completions", { messages: [] }, config),
  },
]);

contractTable("whole API 1: stored chat completions", [
  { name: "chatCompletions()", specs: latest, call: (config) => chatCompletions({}, config) },
  {
    name: "chatCompletions(params)",
    specs: latest,
    call: (config) => chatCompletions({ model: "gpt-4o-mini", limit: 10, order: "desc", after: "chatcmpl-abc123" }, config),
  },
  { name: "chatCompletions(completionId)", specs: latest, call: (config) => chatCompletions("chatcmpl-abc123", config) },
  {
    name: "chatCompletionsModify(completionId, params)",
    specs: latest,
    call: (config) => chatCompletionsModify("chatcmpl-abc123", { metadata: { reviewed: "yes" } }, config),
  },
  { name: "chatCompletionsDelete(completionId)", specs: latest, call: (config) => chatCompletionsDelete("chatcmpl-abc123", config) },
  {
    name: "chatCompletionMessages(completionId, params)",
    specs: latest,
    call: (config) => chatCompletionMessages("chatcmpl-abc123", { limit: 5, order: "asc" }, config),
  },
  {
    name: "chatCompletionsModify without metadata → 422",
    specs: latest,
    expect: 422,
    call: (config) => chatCompletionsModify("chatcmpl-abc123", {} as never, config),
  },
]);

contractTable("whole API 1: responses input tokens and compaction", [
  { name: "responsesInputTokens(params)", specs: latest, call: (config) => responsesInputTokens({ model: "gpt-4o-mini", input: "How many tokens?" }, config) },
  { name: "responsesCompact(params)", specs: latest, call: (config) => responsesCompact({ model: "gpt-5", input: "Summarize our chat so far." }, config) },
  { name: "responsesCompact without model → 422", specs: latest, expect: 422, call: (config) => responsesCompact({ input: "x" } as never, config) },
  {
    name: "responsesInputTokens with a non-string model → 422",
    specs: latest,
    expect: 422,
    call: (config) => responsesInputTokens({ model: 42 } as never, config),
  },
]);

contractTable("whole API 1: containers", [
  { name: "containers()", specs: latest, call: (config) => containers({}, config) },
  { name: "containers(params)", specs: latest, call: (config) => containers({ limit: 5, order: "asc", after: "cntr_abc123" }, config) },
  { name: "containers(containerId)", specs: latest, call: (config) => containers("cntr_abc123", config) },
  {
    name: "containersCreate(params)",
    specs: latest,
    call: (config) => containersCreate({ name: "analysis", expires_after: { anchor: "last_active_at", minutes: 20 } }, config),
  },
  { name: "containersDelete(containerId)", specs: latest, call: (config) => containersDelete("cntr_abc123", config) },
  { name: "containerFiles(containerId, params)", specs: latest, call: (config) => containerFiles("cntr_abc123", { limit: 5 }, config) },
  { name: "containerFile(containerId, fileId)", specs: latest, call: (config) => containerFile("cntr_abc123", "cfile_abc123", config) },
  { name: "containerFileCreate(containerId, path) (multipart)", specs: latest, call: (config) => containerFileCreate("cntr_abc123", JSONL, config) },
  {
    name: "containerFileCreate(containerId, { file_id }) (JSON)",
    specs: latest,
    call: (config) => containerFileCreate("cntr_abc123", { file_id: "file-abc123" }, config),
  },
  { name: "containerFileDelete(containerId, fileId)", specs: latest, call: (config) => containerFileDelete("cntr_abc123", "cfile_abc123", config) },
  { name: "containerFileContent(containerId, fileId)", specs: latest, call: (config) => containerFileContent("cntr_abc123", "cfile_abc123", config) },
  { name: "containersCreate without name → 422", specs: latest, expect: 422, call: (config) => containersCreate({} as never, config) },
]);

contractTable("whole API 1: ChatKit", [
  { name: "chatkitSessionsCreate(params)", specs: latest, call: (config) => chatkitSessionsCreate({ workflow: { id: "wf_abc123" }, user: "user_42" }, config) },
  { name: "chatkitSessionsCancel(sessionId)", specs: latest, call: (config) => chatkitSessionsCancel("cksess_123", config) },
  { name: "chatkitThreads()", specs: latest, call: (config) => chatkitThreads({}, config) },
  { name: "chatkitThreads(params)", specs: latest, call: (config) => chatkitThreads({ user: "user_42", limit: 10, order: "desc" }, config) },
  { name: "chatkitThreads(threadId)", specs: latest, call: (config) => chatkitThreads("cthr_123", config) },
  { name: "chatkitThreadsDelete(threadId)", specs: latest, call: (config) => chatkitThreadsDelete("cthr_123", config) },
  { name: "chatkitThreadItems(threadId, params)", specs: latest, call: (config) => chatkitThreadItems("cthr_123", { limit: 10, order: "asc" }, config) },
  {
    name: "chatkitSessionsCreate without workflow → 422",
    specs: latest,
    expect: 422,
    call: (config) => chatkitSessionsCreate({ user: "user_42" } as never, config),
  },
]);

contractTable("whole API 1: content provenance", [
  { name: "contentProvenanceChecksCreate(path) (multipart)", specs: latest, call: (config) => contentProvenanceChecksCreate(PNG, config) },
  // The function always sends a file; the escape hatch sends the form without one.
  {
    name: "a provenance check without file (multipart) → 422",
    specs: latest,
    expect: 422,
    call: (config) => request("POST", "/content_provenance_checks", new FormData(), config),
  },
]);
