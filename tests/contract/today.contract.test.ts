import {
  conversationItem,
  conversationItemDelete,
  conversationItems,
  conversationItemsCreate,
  conversations,
  conversationsCreate,
  conversationsDelete,
  conversationsModify,
  filesUploadLarge,
  uploadsAddPart,
  uploadsCancel,
  uploadsComplete,
  uploadsCreate,
  vectorStoreFile,
  vectorStoreFileBatch,
  vectorStoreFileBatchCancel,
  vectorStoreFileBatchCreate,
  vectorStoreFileBatchFiles,
  vectorStoreFileContent,
  vectorStoreFileCreate,
  vectorStoreFileDelete,
  vectorStoreFileModify,
  vectorStoreFiles,
  vectorStores,
  vectorStoresCreate,
  vectorStoresDelete,
  vectorStoresModify,
  vectorStoresSearch,
} from "../../src/index";
import { expect } from "vitest";
import { contractTable } from "./harness";

const latest = ["latest" as const];
// `{ role, content: string }` matches exactly one branch of the spec's InputItem oneOf (a typed
// message with content parts matches two, which Prism rejects).
const message = { role: "user" as const, content: "Hello!" };

contractTable("today, part 2: conversations", [
  { name: "conversationsCreate()", specs: latest, call: (config) => conversationsCreate({}, config) },
  { name: "conversationsCreate(params)", specs: latest, call: (config) => conversationsCreate({ metadata: { topic: "demo" }, items: [message] }, config) },
  { name: "conversations(conversationId)", specs: latest, call: (config) => conversations("conv_123", config) },
  {
    name: "conversationsModify(conversationId, params)",
    specs: latest,
    call: (config) => conversationsModify("conv_123", { metadata: { topic: "project-x" } }, config),
  },
  { name: "conversationsDelete(conversationId)", specs: latest, call: (config) => conversationsDelete("conv_123", config) },
  { name: "conversationItems(conversationId)", specs: latest, call: (config) => conversationItems("conv_123", {}, config) },
  {
    name: "conversationItems(conversationId, params)",
    specs: latest,
    call: (config) => conversationItems("conv_123", { limit: 10, order: "asc", after: "msg_abc", include: ["message.output_text.logprobs"] }, config),
  },
  { name: "conversationItem(conversationId, itemId)", specs: latest, call: (config) => conversationItem("conv_123", "msg_abc", {}, config) },
  {
    name: "conversationItem(conversationId, itemId, params)",
    specs: latest,
    call: (config) => conversationItem("conv_123", "msg_abc", { include: ["file_search_call.results"] }, config),
  },
  {
    name: "conversationItemsCreate(conversationId, params)",
    specs: latest,
    call: (config) => conversationItemsCreate("conv_123", { items: [message] }, config),
  },
  {
    name: "conversationItemsCreate with include (query) and items (body)",
    specs: latest,
    call: (config) => conversationItemsCreate("conv_123", { items: [message], include: ["file_search_call.results"] }, config),
  },
  { name: "conversationItemDelete(conversationId, itemId)", specs: latest, call: (config) => conversationItemDelete("conv_123", "msg_abc", config) },
  // The query kind's negative row: a value outside the spec's enum in the query string. Not include: arrays go
  // out as include[]=… (as the API reads them), a name Prism does not match to the spec's include.
  {
    name: "conversationItems with an unknown order (query) → 422",
    specs: latest,
    expect: 422,
    call: (config) => conversationItems("conv_123", { order: "sideways" as never }, config),
  },
  {
    name: "conversationItemsCreate without items → 422",
    specs: latest,
    expect: 422,
    call: (config) => conversationItemsCreate("conv_123", {} as never, config),
  },
]);

contractTable("today, part 2: vector stores", [
  { name: "vectorStores()", specs: latest, call: (config) => vectorStores({}, config) },
  { name: "vectorStores(params)", specs: latest, call: (config) => vectorStores({ limit: 5, order: "asc", after: "vs_abc123" }, config) },
  { name: "vectorStores(vectorStoreId)", specs: latest, call: (config) => vectorStores("vs_abc123", config) },
  {
    name: "vectorStoresCreate(params)",
    specs: latest,
    call: (config) =>
      vectorStoresCreate(
        {
          name: "Support FAQ",
          file_ids: ["file-abc123"],
          expires_after: { anchor: "last_active_at", days: 7 },
          chunking_strategy: { type: "auto" },
          metadata: { team: "support" },
        },
        config,
      ),
  },
  { name: "vectorStoresModify(vectorStoreId, params)", specs: latest, call: (config) => vectorStoresModify("vs_abc123", { name: "Support FAQ v2" }, config) },
  { name: "vectorStoresDelete(vectorStoreId)", specs: latest, call: (config) => vectorStoresDelete("vs_abc123", config) },
  {
    name: "vectorStoresSearch(vectorStoreId, params)",
    specs: latest,
    call: (config) =>
      vectorStoresSearch(
        "vs_abc123",
        {
          query: "What is the return policy?",
          max_num_results: 5,
          filters: { type: "eq", key: "author", value: "John Doe" },
          ranking_options: { ranker: "auto", score_threshold: 0.2 },
        },
        config,
      ),
  },
  { name: "vectorStoresSearch without query → 422", specs: latest, expect: 422, call: (config) => vectorStoresSearch("vs_abc123", {} as never, config) },
  { name: "vectorStoreFiles(vectorStoreId)", specs: latest, call: (config) => vectorStoreFiles("vs_abc123", {}, config) },
  {
    name: "vectorStoreFiles(vectorStoreId, params)",
    specs: latest,
    call: (config) => vectorStoreFiles("vs_abc123", { limit: 5, filter: "completed" }, config),
  },
  { name: "vectorStoreFile(vectorStoreId, fileId)", specs: latest, call: (config) => vectorStoreFile("vs_abc123", "file-abc123", config) },
  {
    name: "vectorStoreFileCreate(vectorStoreId, params)",
    specs: latest,
    call: (config) => vectorStoreFileCreate("vs_abc123", { file_id: "file-abc123", attributes: { author: "Jane", year: 2024 } }, config),
  },
  {
    name: "vectorStoreFileCreate without file_id → 422",
    specs: latest,
    expect: 422,
    call: (config) => vectorStoreFileCreate("vs_abc123", {} as never, config),
  },
  {
    name: "vectorStoreFileModify(vectorStoreId, fileId, params)",
    specs: latest,
    call: (config) => vectorStoreFileModify("vs_abc123", "file-abc123", { attributes: { year: 2025 } }, config),
  },
  { name: "vectorStoreFileDelete(vectorStoreId, fileId)", specs: latest, call: (config) => vectorStoreFileDelete("vs_abc123", "file-abc123", config) },
  { name: "vectorStoreFileContent(vectorStoreId, fileId)", specs: latest, call: (config) => vectorStoreFileContent("vs_abc123", "file-abc123", config) },
  {
    name: "vectorStoreFileBatchCreate(vectorStoreId, params)",
    specs: latest,
    call: (config) => vectorStoreFileBatchCreate("vs_abc123", { file_ids: ["file-abc123", "file-abc456"] }, config),
  },
  { name: "vectorStoreFileBatch(vectorStoreId, batchId)", specs: latest, call: (config) => vectorStoreFileBatch("vs_abc123", "vsfb_abc123", config) },
  {
    name: "vectorStoreFileBatchCancel(vectorStoreId, batchId)",
    specs: latest,
    call: (config) => vectorStoreFileBatchCancel("vs_abc123", "vsfb_abc123", config),
  },
  {
    name: "vectorStoreFileBatchFiles(vectorStoreId, batchId)",
    specs: latest,
    call: (config) => vectorStoreFileBatchFiles("vs_abc123", "vsfb_abc123", {}, config),
  },
  {
    name: "vectorStoreFileBatchFiles(vectorStoreId, batchId, params)",
    specs: latest,
    call: (config) => vectorStoreFileBatchFiles("vs_abc123", "vsfb_abc123", { filter: "failed", limit: 5 }, config),
  },
]);

contractTable("today, part 2: uploads", [
  {
    name: "uploadsCreate(params)",
    specs: latest,
    call: (config) => uploadsCreate({ filename: "training_examples.jsonl", purpose: "fine-tune", bytes: 2147483648, mime_type: "text/jsonl" }, config),
  },
  {
    name: "uploadsCreate without bytes → 422",
    specs: latest,
    expect: 422,
    call: (config) => uploadsCreate({ filename: "a.jsonl", purpose: "batch", mime_type: "text/jsonl" } as never, config),
  },
  { name: "uploadsAddPart(uploadId, data)", specs: latest, call: (config) => uploadsAddPart("upload_abc123", new TextEncoder().encode('{"a":1}\n'), config) },
  { name: "uploadsComplete(uploadId, params)", specs: latest, call: (config) => uploadsComplete("upload_abc123", { part_ids: ["part_def456"] }, config) },
  { name: "uploadsCancel(uploadId)", specs: latest, call: (config) => uploadsCancel("upload_abc123", config) },
  {
    name: "filesUploadLarge(file, params)",
    specs: latest,
    // Prism validates every request, but its static complete answer has `file: null`: that one
    // outcome counts as ok here, and only once the create, the three parts and the complete were all
    // sent and accepted (a request Prism rejects is a 422 and fails the row). The requests are seen
    // through a fetch that passes each one on to Prism unchanged.
    call: async (config) => {
      const sent: string[] = [];
      const fetchAndRecord: typeof fetch = async (input, init) => {
        const response = await fetch(input, init);
        const url = new URL(input instanceof Request ? input.url : String(input));
        sent.push(`${init?.method ?? "GET"} ${url.pathname.replace(/^.*?\/uploads/, "/uploads")} ${response.status}`);
        return response;
      };
      const recorded = { ...config, httpOptions: { ...config.httpOptions, fetch: fetchAndRecord } };
      const result = await filesUploadLarge(new Blob(["x".repeat(2500)]), { purpose: "batch", filename: "input.jsonl", partSize: 1000 }, recorded);
      const id = /^POST \/uploads\/([^/]+)\/parts/.exec(sent[1] ?? "")?.[1] ?? "(no part sent)";
      const part = `POST /uploads/${id}/parts 200`;
      expect(sent).toEqual(["POST /uploads 200", part, part, part, `POST /uploads/${id}/complete 200`]);
      const placeholder = result[0] === "error" && result[1].kind === "parse" && result[1].message.includes("has no file object");
      return placeholder ? (["ok", null, { status: 200, headers: {} }] as const) : result;
    },
  },
]);
